/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Run.java (2.541.3: class at 169, the four protected constructors at 312-341, addAction at 417, setResult at 483, isBuilding at 510,
 * getParent at 623, getUrl at 948, getRootDir at 1007, getArtifactManager at 1027, pickArtifactManager at 1043,
 * getExternalizableId at 2441, ARTIFACTS at 2572; for the JenkinsRule tests getArtifacts at 1078 and the inner
 * class Artifact at 1283 with its field relativePath at 1288 and its package-private constructor at 1322; its
 * constructor from a SerializableArtifact and its other members are left out). Its superclass is Actionable (only
 * getAction(Class) declared; Run's addAction overrides Actionable's); the interfaces other than AccessControlled and
 * the members the plugin does not use are left out. ARTIFACTS is built from a
 * PermissionGroup and a Localizable in Jenkins, which a stub cannot do without behaviour: here it is null, as
 * Item's permissions are.
 */
package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import jenkins.model.ArtifactManager;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {

    public static final Permission ARTIFACTS = null;

    protected Run(JobT job) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    protected Run(JobT job, Calendar timestamp) {
        throw new UnsupportedOperationException("stub");
    }

    protected Run(JobT job, long timestamp) {
        throw new UnsupportedOperationException("stub");
    }

    protected Run(JobT project, File buildDir) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public void addAction(Action a) {
        throw new UnsupportedOperationException("stub");
    }

    public void setResult(Result r) {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("stub");
    }

    public JobT getParent() {
        throw new UnsupportedOperationException("stub");
    }

    public String getUrl() {
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

    public List<Artifact> getArtifacts() {
        throw new UnsupportedOperationException("stub");
    }

    public class Artifact {

        public final String relativePath;

        Artifact(String name, String relativePath, String href, String len, String treeNodeId) {
            throw new UnsupportedOperationException("stub");
        }
    }

    public String getExternalizableId() {
        throw new UnsupportedOperationException("stub");
    }
}
