/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockSCMSource.java (class at 70, the constructors at 77, 83, 87 and 94,
 * getControllerId at 98, getRepository at 120, DescriptorImpl at 356). The JenkinsRule tests make one and read its
 * controller and repository; all four constructors are declared so that overload resolution is the real one.
 * DescriptorImpl has no explicit constructor; its members, and MockSCMSource's overrides of SCMSource (left out of
 * that stub too) and its other members, are left out.
 */
package jenkins.scm.impl.mock;

import java.util.List;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceDescriptor;
import jenkins.scm.api.trait.SCMSourceTrait;

public class MockSCMSource extends SCMSource {

    public MockSCMSource(String controllerId, String repository, List<SCMSourceTrait> traits) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMSource(String controllerId, String repository, SCMSourceTrait... traits) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMSource(MockSCMController controller, String repository, List<SCMSourceTrait> traits) {
        throw new UnsupportedOperationException("stub");
    }

    public MockSCMSource(MockSCMController controller, String repository, SCMSourceTrait... traits) {
        throw new UnsupportedOperationException("stub");
    }

    public String getControllerId() {
        throw new UnsupportedOperationException("stub");
    }

    public String getRepository() {
        throw new UnsupportedOperationException("stub");
    }

    public static class DescriptorImpl extends SCMSourceDescriptor {
    }
}
