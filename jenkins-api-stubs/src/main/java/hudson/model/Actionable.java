/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Actionable.java (class at 54 in both, getAction(Class) at 327 in 2.541.3 and 326
 * in 2.479.3). Run's superclass and the parameter of SCMRevisionAction.getRevision; only the method the JenkinsRule
 * tests call (Run declares the addAction the plugin calls). Its superclass AbstractModelObject, its interface
 * ModelObjectWithContextMenu and its other members are left out; it has no declared constructor, so the implicit
 * public one is the real one.
 */
package hudson.model;

public abstract class Actionable {

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }
}
