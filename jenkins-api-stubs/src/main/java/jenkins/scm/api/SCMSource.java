/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMSource.java (class at 75, the protected constructors SCMSource(String) at 137
 * and SCMSource() at 144, fetch(SCMHead, TaskListener) at 575, getTrustedRevision at 956, SourceByItem at 1220
 * with getSource at 1229 and findSource at 1238); the constructors are also what SCMFileSystem.Builder's signatures
 * need. The other members, abstract ones included, are left out.
 */
package jenkins.scm.api;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Item;
import hudson.model.TaskListener;
import java.io.IOException;

@SuppressWarnings("deprecation")
public abstract class SCMSource extends AbstractDescribableImpl<SCMSource> implements ExtensionPoint {

    protected SCMSource(String id) {
        throw new UnsupportedOperationException("stub");
    }

    protected SCMSource() {
        throw new UnsupportedOperationException("stub");
    }

    public final SCMRevision fetch(SCMHead head, TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public SCMRevision getTrustedRevision(SCMRevision revision, TaskListener listener)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public static abstract class SourceByItem implements ExtensionPoint {

        public abstract SCMSource getSource(Item item);

        public static SCMSource findSource(Item item) {
            throw new UnsupportedOperationException("stub");
        }
    }
}
