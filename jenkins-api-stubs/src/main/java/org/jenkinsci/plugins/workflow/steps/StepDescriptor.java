/*
 * Signature-only stub. Checked against jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17, the head of master),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java (the abstract members a step
 * must implement, and byFunctionName at 300, the same at tag 710.v3e456cc85233, which the JenkinsRule tests call).
 */
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {

    public static StepDescriptor byFunctionName(String name) {
        throw new UnsupportedOperationException("stub");
    }

    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();
}
