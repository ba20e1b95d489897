/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/Actionable.java (class at 54, getAction(Class) at 327). Run's superclass; only the method the JenkinsRule tests
 * call. Its superclass AbstractModelObject, its interface ModelObjectWithContextMenu and its other members are left
 * out; it has no declared constructor, so the implicit public one is the real one.
 */
package hudson.model;

public abstract class Actionable {

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }
}
