/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/scm/api/mixin/ChangeRequestCheckoutStrategy.java (enum at 32, HEAD at 38, MERGE after it).
 * The parameter of MockSCMDiscoverChangeRequests' constructors.
 */
package jenkins.scm.api.mixin;

public enum ChangeRequestCheckoutStrategy {
    HEAD,
    MERGE
}
