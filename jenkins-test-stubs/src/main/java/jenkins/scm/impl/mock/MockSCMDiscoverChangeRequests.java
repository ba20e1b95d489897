/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockSCMDiscoverChangeRequests.java (class at 44, the constructors at 48, 53 and
 * 58). All three constructors are declared so that overload resolution is the real one; its overrides,
 * DescriptorImpl and its other members are left out.
 */
package jenkins.scm.impl.mock;

import java.util.Collection;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.trait.SCMSourceTrait;

public class MockSCMDiscoverChangeRequests extends SCMSourceTrait {

    public MockSCMDiscoverChangeRequests(Collection<ChangeRequestCheckoutStrategy> strategies) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMDiscoverChangeRequests(ChangeRequestCheckoutStrategy... strategies) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMDiscoverChangeRequests(String strategiesStr) {
        throw new UnsupportedOperationException("stub");
    }
}
