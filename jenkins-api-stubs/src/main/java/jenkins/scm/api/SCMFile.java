/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMFile.java (class at 43, the protected constructor SCMFile() at 69, isFile at 237, contentAsString at 334, the enum Type at
 * 436). The other members are left out.
 */
package jenkins.scm.api;

import java.io.IOException;

public abstract class SCMFile {

    protected SCMFile() {
        throw new UnsupportedOperationException("stub");
    }

    public final boolean isFile() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public String contentAsString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public enum Type {
        NONEXISTENT,
        REGULAR_FILE,
        DIRECTORY,
        LINK,
        OTHER
    }
}
