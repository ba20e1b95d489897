/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockChangeRequestSCMRevision.java (class at 31, the constructor at 40, getHash
 * at 47, equivalent at 52, _hashCode at 66). The JenkinsRule tests read the hash; equivalent and _hashCode implement
 * ChangeRequestSCMRevision's abstract ones. Its toString is left out.
 */
package jenkins.scm.impl.mock;

import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.ChangeRequestSCMRevision;

public class MockChangeRequestSCMRevision extends ChangeRequestSCMRevision<MockChangeRequestSCMHead> {

    public MockChangeRequestSCMRevision(MockChangeRequestSCMHead head, SCMRevision target, String hash) {
        super(head, target);
        throw new UnsupportedOperationException("stub");
    }

    public String getHash() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean equivalent(ChangeRequestSCMRevision<?> o) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    protected int _hashCode() {
        throw new UnsupportedOperationException("stub");
    }
}
