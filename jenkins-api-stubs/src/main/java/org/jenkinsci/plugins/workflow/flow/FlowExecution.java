/*
 * Signature-only stub. Checked against jenkinsci/workflow-api-plugin at commit cbc88d9,
 * src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecution.java (abstract class at 72). Only the type:
 * the job type's definition returns what CpsFlowDefinition creates; its interfaces and members are left out.
 */
package org.jenkinsci.plugins.workflow.flow;

public abstract class FlowExecution {
}
