/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockSCMDiscoverBranches.java (class at 37, the constructor at 40). Its
 * overrides, DescriptorImpl and its other members are left out.
 */
package jenkins.scm.impl.mock;

import jenkins.scm.api.trait.SCMSourceTrait;

public class MockSCMDiscoverBranches extends SCMSourceTrait {

    public MockSCMDiscoverBranches() {
        throw new UnsupportedOperationException("stub");
    }
}
