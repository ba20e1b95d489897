/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMFileSystem.java (class at 60, the protected constructor at 73, close at 81, the
 * abstract lastModified at 98, child at 130, the abstract getRoot at 140, of(Item, SCM) at 173,
 * of(SCMSource, SCMHead, SCMRevision) at 308, the nested Builder at 427 with its abstract supports(SCM) at 436,
 * supports(SCMSource) at 446, supportsDescriptor at 476 and 507, build(Item, SCM, SCMRevision) at 525 and
 * build(SCMSource, SCMHead, SCMRevision) at 547; all long older than the versions the 2.479.x and 2.541.x BOMs
 * pin). The JenkinsRule tests implement an SCMFileSystem and a Builder, so every abstract member is declared. The
 * other members are left out.
 */
package jenkins.scm.api;

import hudson.ExtensionPoint;
import hudson.model.Item;
import hudson.scm.SCM;
import hudson.scm.SCMDescriptor;
import java.io.Closeable;
import java.io.IOException;

public abstract class SCMFileSystem implements Closeable {

    protected SCMFileSystem(SCMRevision rev) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public abstract long lastModified() throws IOException, InterruptedException;

    public final SCMFile child(String path) {
        throw new UnsupportedOperationException("stub");
    }

    public abstract SCMFile getRoot();

    public static SCMFileSystem of(Item owner, SCM scm) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public static SCMFileSystem of(SCMSource source, SCMHead head, SCMRevision rev)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public abstract static class Builder implements ExtensionPoint {

        public abstract boolean supports(SCM source);

        public abstract boolean supports(SCMSource source);

        @SuppressWarnings("rawtypes")
        protected abstract boolean supportsDescriptor(SCMDescriptor descriptor);

        protected abstract boolean supportsDescriptor(SCMSourceDescriptor descriptor);

        public SCMFileSystem build(Item owner, SCM scm, SCMRevision rev) throws IOException, InterruptedException {
            throw new UnsupportedOperationException("stub");
        }

        public SCMFileSystem build(SCMSource source, SCMHead head, SCMRevision rev)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException("stub");
        }
    }
}
