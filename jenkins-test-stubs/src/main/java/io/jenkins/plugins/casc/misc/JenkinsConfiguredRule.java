/*
 * Signature-only stub. Checked against jenkinsci/configuration-as-code-plugin at 2117.vc05a_0b_e6b_f4e (commit c05a0be6, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * test-harness/src/main/java/io/jenkins/plugins/casc/misc/JenkinsConfiguredRule.java (class at 8). Only the type, JenkinsConfiguredWithCodeRule's
 * superclass; its members are left out; it has no declared constructor.
 */
package io.jenkins.plugins.casc.misc;

import org.jvnet.hudson.test.JenkinsRule;

public class JenkinsConfiguredRule extends JenkinsRule {
}
