/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMRevision.java (class at 37, the protected constructor SCMRevision(SCMHead) at 50,
 * the abstract equals at 59 and hashCode at 65). The other members are left out.
 */
package jenkins.scm.api;

import java.io.Serializable;

public abstract class SCMRevision implements Serializable {

    protected SCMRevision(SCMHead head) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();
}
