/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMFileSystem.java (class at 60, close at 81, child at 130, of(Item, SCM) at
 * 173, of(SCMSource, SCMHead, SCMRevision) at 308; all long older than the versions the 2.479.x and 2.541.x BOMs pin). The other members are left out; its
 * protected constructor SCMFileSystem(SCMRevision) at 73 takes a type the plugin never names: a private
 * constructor stands in, so that no implicit public one appears.
 */
package jenkins.scm.api;

import hudson.model.Item;
import hudson.scm.SCM;
import java.io.Closeable;
import java.io.IOException;

public abstract class SCMFileSystem implements Closeable {

    private SCMFileSystem() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public final SCMFile child(String path) {
        throw new UnsupportedOperationException("stub");
    }

    public static SCMFileSystem of(Item owner, SCM scm) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public static SCMFileSystem of(SCMSource source, SCMHead head, SCMRevision rev)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }
}
