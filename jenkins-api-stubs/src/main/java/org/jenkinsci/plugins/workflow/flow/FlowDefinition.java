/*
 * Signature-only stub. Checked against jenkinsci/workflow-api-plugin at 1413.v2ff1a_5e720fa_ (commit 2ff1a5e7, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinition.java (class at 48, create at 55; unchanged
 * since long before the versions the 2.479.x and 2.541.x BOMs pin). The deprecated create overload,
 * getDescriptor and getSCMs are left out.
 */
package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Action;
import hudson.model.TaskListener;
import java.util.List;

@SuppressWarnings("deprecation")
public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition> implements ExtensionPoint {

    public FlowExecution create(FlowExecutionOwner handle, TaskListener listener, List<? extends Action> actions)
            throws Exception {
        throw new UnsupportedOperationException("stub");
    }
}
