/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/InvisibleAction.java (class at 41, getIconFileName at 43, getDisplayName at 48,
 * getUrlName at 53 in both): every member, as SCMRevisionAction's superclass.
 */
package hudson.model;

public abstract class InvisibleAction implements Action {

    @Override
    public final String getIconFileName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("stub");
    }
}
