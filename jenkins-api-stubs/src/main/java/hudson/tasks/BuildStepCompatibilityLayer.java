/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java (deprecated abstract class at 55). Its
 * members are left out: the plugin overrides none.
 */
package hudson.tasks;

@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
}
