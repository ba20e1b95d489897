/*
 * Signature-only stub. Checked against jenkinsci/workflow-api-plugin at 1413.v2ff1a_5e720fa_ (commit 2ff1a5e7, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinitionDescriptor.java (an empty abstract class at 33).
 */
package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Descriptor;

public abstract class FlowDefinitionDescriptor extends Descriptor<FlowDefinition> {
}
