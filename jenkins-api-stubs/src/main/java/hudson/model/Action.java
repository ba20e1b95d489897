/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Action.java (getIconFileName at 104, getDisplayName at 115, getUrlName at 141).
 * ModelObject, which it extends there and which declares getDisplayName too, is folded in.
 */
package hudson.model;

public interface Action {

    String getIconFileName();

    String getDisplayName();

    String getUrlName();
}
