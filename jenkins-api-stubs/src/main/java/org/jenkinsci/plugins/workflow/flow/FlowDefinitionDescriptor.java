/*
 * Signature-only stub. Checked against jenkinsci/workflow-api-plugin at commit cbc88d9,
 * src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinitionDescriptor.java (an empty abstract class at 33).
 */
package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Descriptor;

public abstract class FlowDefinitionDescriptor extends Descriptor<FlowDefinition> {
}
