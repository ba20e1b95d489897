/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMFile.java (class at 43, the protected constructors SCMFile() at 69 and SCMFile(SCMFile, String) at 81, getPath at 107,
 * isRoot at 128, the abstract newChild at 187, children at 199 and lastModified at 211, isFile at 237, the abstract
 * type() at 288 and content at 301, contentAsString at 334, the enum Type at 436). The JenkinsRule tests implement
 * an SCMFile, so every abstract member is declared. The other members are left out.
 */
package jenkins.scm.api;

import java.io.IOException;
import java.io.InputStream;

public abstract class SCMFile {

    protected SCMFile() {
        throw new UnsupportedOperationException("stub");
    }

    protected SCMFile(SCMFile parent, String name) {
        throw new UnsupportedOperationException("stub");
    }

    public String getPath() {
        throw new UnsupportedOperationException("stub");
    }

    public final boolean isRoot() {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract SCMFile newChild(String name, boolean assumeIsDirectory);

    public abstract Iterable<SCMFile> children() throws IOException, InterruptedException;

    public abstract long lastModified() throws IOException, InterruptedException;

    public final boolean isFile() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public String contentAsString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract Type type() throws IOException, InterruptedException;

    public abstract InputStream content() throws IOException, InterruptedException;

    public enum Type {
        NONEXISTENT,
        REGULAR_FILE,
        DIRECTORY,
        LINK,
        OTHER
    }
}
