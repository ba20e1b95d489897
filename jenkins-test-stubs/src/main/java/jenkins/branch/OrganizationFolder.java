/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/OrganizationFolder.java (class at 118, the constructor OrganizationFolder(ItemGroup,
 * String) at 186, getNavigators at 329, getProjectFactories at 342). The JenkinsRule tests make one and set its
 * navigator and project factories. Its interfaces SCMNavigatorOwner and IconSpec and its other members are left out.
 */
package jenkins.branch;

import com.cloudbees.hudson.plugins.folder.computed.ComputedFolder;
import hudson.model.ItemGroup;
import hudson.util.DescribableList;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMNavigatorDescriptor;

public final class OrganizationFolder extends ComputedFolder<MultiBranchProject<?, ?>> {

    @SuppressWarnings("rawtypes")
    public OrganizationFolder(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }

    public DescribableList<SCMNavigator, SCMNavigatorDescriptor> getNavigators() {
        throw new UnsupportedOperationException("stub");
    }

    public DescribableList<MultiBranchProjectFactory, MultiBranchProjectFactoryDescriptor> getProjectFactories() {
        throw new UnsupportedOperationException("stub");
    }
}
