/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockSCMRevision.java (class at 32, the constructor at 36, getHash at 41, equals
 * at 46, hashCode at 61). The JenkinsRule tests read the hash; equals and hashCode implement SCMRevision's abstract
 * ones. Its toString is left out.
 */
package jenkins.scm.impl.mock;

import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;

public class MockSCMRevision extends SCMRevision {

    public MockSCMRevision(SCMHead head, String hash) {
        super(head);
        throw new UnsupportedOperationException("stub");
    }

    public String getHash() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean equals(Object o) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("stub");
    }
}
