/*
 * Signature-only stub. Checked against jenkinsci/cloudbees-folder-plugin at commit b72f4d5 (master, 1105 commits; bom-2.541.x
 * 6916.v15ec97679743 pins 6.1106.v3a_d9a_6d2465e, the next commit, which is not in the stored copy),
 * src/main/java/com/cloudbees/hudson/plugins/folder/computed/FolderComputation.java (class at 95, the protected
 * constructor FolderComputation(ComputedFolder, FolderComputation) at 141, run at 150, writeWholeLogTo at 384). The
 * superclass of branch-api's BranchIndexing, whose log the JenkinsRule tests read with writeWholeLogTo. Its
 * interfaces other than Queue.Executable (FullyNamedModelObject, Saveable, Loadable) and its other members are left
 * out.
 */
package com.cloudbees.hudson.plugins.folder.computed;

import hudson.model.Actionable;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import java.io.IOException;
import java.io.OutputStream;

public class FolderComputation<I extends TopLevelItem> extends Actionable implements Queue.Executable {

    protected FolderComputation(ComputedFolder<I> folder, FolderComputation<I> previous) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("stub");
    }

    public void writeWholeLogTo(OutputStream out) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }
}
