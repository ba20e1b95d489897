/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/SCMRevisionAction.java (class at 44, the constructor SCMRevisionAction(SCMSource,
 * SCMRevision) at 77, getRevision(SCMSource, Actionable) at 139). The deprecated and package-private
 * constructors and the other members are left out.
 */
package jenkins.scm.api;

import hudson.model.Actionable;
import hudson.model.InvisibleAction;

public class SCMRevisionAction extends InvisibleAction {

    public SCMRevisionAction(SCMSource source, SCMRevision revision) {
        throw new UnsupportedOperationException("stub");
    }

    public static SCMRevision getRevision(SCMSource source, Actionable actionable) {
        throw new UnsupportedOperationException("stub");
    }
}
