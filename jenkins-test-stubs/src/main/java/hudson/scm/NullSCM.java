/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/scm/NullSCM.java (class at 44, the constructor at 47, createChangeLogParser at 63). Its nested DescriptorImpl
 * and the other members are left out.
 */
package hudson.scm;

public class NullSCM extends SCM {

    public NullSCM() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public ChangeLogParser createChangeLogParser() {
        throw new UnsupportedOperationException("stub");
    }
}
