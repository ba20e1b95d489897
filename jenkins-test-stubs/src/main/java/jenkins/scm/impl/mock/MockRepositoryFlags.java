/*
 * Signature-only stub. Checked against jenkinsci/scm-api-plugin at 728.vc30dcf7a_0df5 (commit c30dcf7a, the version
 * bom-2.541.x 6916.v15ec97679743 pins; its test jar, classifier tests),
 * src/test/java/jenkins/scm/impl/mock/MockRepositoryFlags.java (enum at 31, FORKABLE at 35, TRUST_AWARE after it).
 */
package jenkins.scm.impl.mock;

public enum MockRepositoryFlags {
    FORKABLE,
    TRUST_AWARE
}
