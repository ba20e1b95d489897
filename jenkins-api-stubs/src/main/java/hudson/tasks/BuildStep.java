/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/tasks/BuildStep.java (interface at 78). Its members are left out:
 * BuildStepCompatibilityLayer implements them and the plugin overrides none.
 */
package hudson.tasks;

public interface BuildStep {
}
