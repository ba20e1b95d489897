/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at commit 24df4bb,
 * src/main/java/jenkins/scm/api/SCMFile.java (class at 43, isFile at 237, contentAsString at 334). The other
 * members are left out.
 */
package jenkins.scm.api;

import java.io.IOException;

public abstract class SCMFile {

    public final boolean isFile() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public String contentAsString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }
}
