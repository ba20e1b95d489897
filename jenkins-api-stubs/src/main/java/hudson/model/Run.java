/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/Run.java (class at line 169, getRootDir at 1007, getArtifactManager at 1027,
 * pickArtifactManager at 1043, getExternalizableId at 2441). Its superclass Actionable, its interfaces and the
 * members the plugin does not use are left out.
 */
package hudson.model;

import java.io.File;
import java.io.IOException;
import jenkins.model.ArtifactManager;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {

    private Run() {
        throw new UnsupportedOperationException("stub");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("stub");
    }

    public final ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException("stub");
    }

    public final synchronized ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public String getExternalizableId() {
        throw new UnsupportedOperationException("stub");
    }
}
