/*
 * Signature-only stub. Checked against jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17, the head of master),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java (only the abstract members a step
 * must implement).
 */
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {

    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();
}
