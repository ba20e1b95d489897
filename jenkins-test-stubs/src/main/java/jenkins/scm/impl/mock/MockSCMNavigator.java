/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockSCMNavigator.java (class at 54, the constructors at 61, 66, 70 and 76). The
 * JenkinsRule tests add one to an organization folder; all four constructors are declared so that overload
 * resolution is the real one. Its overrides of SCMNavigator (left out of that stub too), DescriptorImpl and its other
 * members are left out.
 */
package jenkins.scm.impl.mock;

import java.util.List;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.trait.SCMTrait;

public class MockSCMNavigator extends SCMNavigator {

    public MockSCMNavigator(String controllerId, List<SCMTrait<?>> traits) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMNavigator(String controllerId, SCMTrait<?>... traits) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMNavigator(MockSCMController controller, List<SCMTrait<?>> traits) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMNavigator(MockSCMController controller, SCMTrait<?>... traits) {
        throw new UnsupportedOperationException("stub");
    }
}
