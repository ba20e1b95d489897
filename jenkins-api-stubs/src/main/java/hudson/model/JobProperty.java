/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/JobProperty.java (class at 81). Only the type, which Job.getProperty(Class) is bounded by; its interfaces
 * (ReconfigurableDescribable, BuildStep, ExtensionPoint) and members are left out; it has no declared constructor.
 */
package hudson.model;

public abstract class JobProperty<J extends Job<?, ?>> {
}
