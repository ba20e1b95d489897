/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMNavigatorDescriptor.java (class at 43, the protected constructors at 52 and 54).
 * Only the type and its constructors, for the type of OrganizationFolder.getNavigators; its interface IconSpec and
 * its members are left out.
 */
package jenkins.scm.api;

import hudson.model.Descriptor;

public abstract class SCMNavigatorDescriptor extends Descriptor<SCMNavigator> {

    protected SCMNavigatorDescriptor() {
        throw new UnsupportedOperationException("stub");
    }

    protected SCMNavigatorDescriptor(Class<? extends SCMNavigator> clazz) {
        throw new UnsupportedOperationException("stub");
    }
}
