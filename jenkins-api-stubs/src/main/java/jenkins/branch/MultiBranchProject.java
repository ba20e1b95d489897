/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/MultiBranchProject.java (class at 129, the protected constructor
 * MultiBranchProject(ItemGroup, String) at 173, getProjectFactory at 356, setProjectFactory at 387, getSourcesList at
 * 427, getItem(String) at 785, getIndexing at 938, the nested BranchIndexing at 1032 with its constructor at 1035).
 * setProjectFactory is what the plugin calls; the other members are what the JenkinsRule tests use. Its interfaces
 * SCMSourceOwner and IconSpec, BranchIndexing's members and its other members are left out.
 */
package jenkins.branch;

import com.cloudbees.hudson.plugins.folder.computed.ComputedFolder;
import com.cloudbees.hudson.plugins.folder.computed.FolderComputation;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.util.PersistedList;

public abstract class MultiBranchProject<P extends Job<P, R> & TopLevelItem, R extends Run<P, R>>
        extends ComputedFolder<P> {

    @SuppressWarnings("rawtypes")
    protected MultiBranchProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }

    public BranchProjectFactory<P, R> getProjectFactory() {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void setProjectFactory(BranchProjectFactory<P, R> projectFactory) {
        throw new UnsupportedOperationException("stub");
    }

    public PersistedList<BranchSource> getSourcesList() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public P getItem(String name) {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized BranchIndexing<P, R> getIndexing() {
        throw new UnsupportedOperationException("stub");
    }

    public static class BranchIndexing<P extends Job<P, R> & TopLevelItem, R extends Run<P, R>>
            extends FolderComputation<P> {

        public BranchIndexing(MultiBranchProject<P, R> project, BranchIndexing<P, R> previousIndexing) {
            super(project, previousIndexing);
            throw new UnsupportedOperationException("stub");
        }
    }
}
