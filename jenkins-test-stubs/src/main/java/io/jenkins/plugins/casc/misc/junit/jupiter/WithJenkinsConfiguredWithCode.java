/*
 * Signature-only stub. Checked against jenkinsci/configuration-as-code-plugin at 2117.vc05a_0b_e6b_f4e (commit c05a0be6, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * test-harness/src/main/java/io/jenkins/plugins/casc/misc/junit/jupiter/WithJenkinsConfiguredWithCode.java (annotation with its targets and
 * retention). Its @ExtendWith(JenkinsConfiguredWithCodeExtension.class), which starts Jenkins, is left out: nothing
 * here runs a JenkinsRule test.
 */
package io.jenkins.plugins.casc.misc.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithJenkinsConfiguredWithCode {}
