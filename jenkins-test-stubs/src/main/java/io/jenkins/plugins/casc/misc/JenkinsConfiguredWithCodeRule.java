/*
 * Signature-only stub. Checked against jenkinsci/configuration-as-code-plugin at 2117.vc05a_0b_e6b_f4e (commit c05a0be6, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * test-harness/src/main/java/io/jenkins/plugins/casc/misc/JenkinsConfiguredWithCodeRule.java (class at 18). Only the type: the tests use what it
 * inherits from JenkinsRule; its before() and other members are left out; it has no declared constructor.
 */
package io.jenkins.plugins.casc.misc;

public class JenkinsConfiguredWithCodeRule extends JenkinsConfiguredRule {
}
