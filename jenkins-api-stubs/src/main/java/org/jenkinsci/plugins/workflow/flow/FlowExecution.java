/*
 * Signature-only stub. Checked against jenkinsci/workflow-api-plugin at 1413.v2ff1a_5e720fa_ (commit 2ff1a5e7, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecution.java (abstract class at 72). Only the type:
 * the job type's definition returns what CpsFlowDefinition creates; its interfaces and members are left out.
 */
package org.jenkinsci.plugins.workflow.flow;

public abstract class FlowExecution {
}
