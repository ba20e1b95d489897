/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/scm/ChangeLogParser.java (class at 42). Only the type, which SCM.createChangeLogParser returns; its members are left
 * out; it has no declared constructor.
 */
package hudson.scm;

public abstract class ChangeLogParser {
}
