/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockChangeRequestSCMHead.java (class at 34, the constructor
 * MockChangeRequestSCMHead(Integer, String) at 49). Only the type, the head of MockChangeRequestSCMRevision, and
 * that constructor; the constructor taking an SCMHeadOrigin (at 40) and the other members, the implementations of
 * ChangeRequestSCMHead2's (left out of that stub too) among them, are left out.
 */
package jenkins.scm.impl.mock;

import jenkins.scm.api.SCMHead;
import jenkins.scm.api.mixin.ChangeRequestSCMHead2;

public class MockChangeRequestSCMHead extends SCMHead implements ChangeRequestSCMHead2 {

    public MockChangeRequestSCMHead(Integer number, String target) {
        super(null);
        throw new UnsupportedOperationException("stub");
    }
}
