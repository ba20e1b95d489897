/*
 * Signature-only stub. Checked against jenkinsci/workflow-api-plugin at commit cbc88d9,
 * src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java (abstract class at 45). Only the
 * type: the job type's definition passes it on to CpsFlowDefinition.
 */
package org.jenkinsci.plugins.workflow.flow;

import java.io.Serializable;

public abstract class FlowExecutionOwner implements Serializable {

    private static final long serialVersionUID = 1L;
}
