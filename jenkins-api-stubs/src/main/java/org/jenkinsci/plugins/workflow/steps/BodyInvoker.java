/*
 * Signature-only stub. Checked against jenkinsci/workflow-step-api-plugin at commit 0773c3c,
 * src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java (abstract class at 48). Only the type:
 * StepContext.newBodyInvoker returns it; the plugin's steps take no body.
 */
package org.jenkinsci.plugins.workflow.steps;

public abstract class BodyInvoker {
}
