/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Actionable.java (class at 54 in both). Only the type, as Run's superclass and the
 * parameter of SCMRevisionAction.getRevision; its superclass AbstractModelObject, its interface
 * ModelObjectWithContextMenu and its members are left out (Run declares the addAction the plugin calls).
 */
package hudson.model;

public abstract class Actionable {
}
