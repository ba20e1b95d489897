/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMRevision.java (class at 37, the protected constructor at 49,
 * the abstract equivalent at 91 and _hashCode at 97, the final equals at 103 and hashCode at 125). The superclass of
 * the mock change request's revision, which the JenkinsRule tests read; its abstract members are declared so that
 * the mock's are checked. Its other members are left out.
 */
package jenkins.scm.api.mixin;

import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;

public abstract class ChangeRequestSCMRevision<H extends SCMHead & ChangeRequestSCMHead> extends SCMRevision {

    protected ChangeRequestSCMRevision(H head, SCMRevision target) {
        super(head);
        throw new UnsupportedOperationException("stub");
    }

    public abstract boolean equivalent(ChangeRequestSCMRevision<?> revision);

    protected abstract int _hashCode();

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("stub");
    }
}
