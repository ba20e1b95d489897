/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMHead.java (interface at 38). Only the type, the bound of
 * ChangeRequestSCMRevision; its super-interface SCMHeadMixin and its members are left out.
 */
package jenkins.scm.api.mixin;

public interface ChangeRequestSCMHead {
}
