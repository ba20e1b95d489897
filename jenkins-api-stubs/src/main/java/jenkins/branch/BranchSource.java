/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/BranchSource.java (class at 49, the constructor BranchSource(SCMSource) at 70). What
 * MultiBranchProject.getSourcesList holds, and what the JenkinsRule tests add there. The constructor taking a
 * BranchPropertyStrategy (at 75) and the other members are left out.
 */
package jenkins.branch;

import hudson.model.AbstractDescribableImpl;
import jenkins.scm.api.SCMSource;

@SuppressWarnings("deprecation")
public class BranchSource extends AbstractDescribableImpl<BranchSource> {

    public BranchSource(SCMSource source) {
        throw new UnsupportedOperationException("stub");
    }
}
