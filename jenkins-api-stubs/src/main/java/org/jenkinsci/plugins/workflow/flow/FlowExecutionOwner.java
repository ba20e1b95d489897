/*
 * Signature-only stub. Checked against jenkinsci/workflow-api-plugin at 1413.v2ff1a_5e720fa_ (commit 2ff1a5e7, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java (abstract class at 45,
 * getExecutable at 85, the nested interface Executable at 153, which WorkflowRun implements; its members are left
 * out). The other members are left out.
 */
package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Queue;
import java.io.IOException;
import java.io.Serializable;

public abstract class FlowExecutionOwner implements Serializable {

    private static final long serialVersionUID = 1L;

    public abstract Queue.Executable getExecutable() throws IOException;

    public interface Executable extends Queue.Executable {}
}
