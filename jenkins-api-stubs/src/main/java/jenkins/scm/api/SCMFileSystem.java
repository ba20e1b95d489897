/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at commit 24df4bb,
 * src/main/java/jenkins/scm/api/SCMFileSystem.java (class at 60, close at 81, child at 130, of(Item, SCM) at
 * 173; all long older than the versions the 2.479.x and 2.541.x BOMs pin). The other members are left out.
 */
package jenkins.scm.api;

import hudson.model.Item;
import hudson.scm.SCM;
import java.io.Closeable;
import java.io.IOException;

public abstract class SCMFileSystem implements Closeable {

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
}
