/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/MultiBranchProject.java (class at 129, the protected constructor
 * MultiBranchProject(ItemGroup, String) at 173, setProjectFactory at 387). Its superclass ComputedFolder, its
 * interfaces SCMSourceOwner and IconSpec and its other members are left out.
 */
package jenkins.branch;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TopLevelItem;

public abstract class MultiBranchProject<P extends Job<P, R> & TopLevelItem, R extends Run<P, R>> {

    @SuppressWarnings("rawtypes")
    protected MultiBranchProject(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void setProjectFactory(BranchProjectFactory<P, R> projectFactory) {
        throw new UnsupportedOperationException("stub");
    }
}
