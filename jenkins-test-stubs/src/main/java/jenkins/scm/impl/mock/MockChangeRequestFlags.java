/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockChangeRequestFlags.java (enum at 32, FORK at 33, UNTRUSTED at 39). Its
 * abstract isApplicable (at 46), which each constant implements, is left out: a constant's body here could only
 * throw, and the tests never call it.
 */
package jenkins.scm.impl.mock;

public enum MockChangeRequestFlags {
    FORK,
    UNTRUSTED
}
