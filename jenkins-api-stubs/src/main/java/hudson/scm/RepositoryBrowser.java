/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/scm/RepositoryBrowser.java (class at 59). Only the type, which SCMDescriptor's constructors take; its interfaces
 * (Describable, ExtensionPoint, Serializable) and members are left out; it has no declared constructor.
 */
package hudson.scm;

public abstract class RepositoryBrowser<E extends ChangeLogSet.Entry> {
}
