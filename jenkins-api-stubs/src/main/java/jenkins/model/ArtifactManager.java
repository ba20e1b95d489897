/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/jenkins/model/ArtifactManager.java (class at line 44, archive at 68, root at 82). onLoad and
 * delete are left out: the plugin calls neither.
 */
package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;
import jenkins.util.VirtualFile;

public abstract class ArtifactManager {

    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;

    public abstract VirtualFile root();
}
