/*
 * Signature-only stub. Checked against jenkinsci/jenkins-test-harness at 2578.v44660312fd37 (commit 44660312, the version
 * plugin-pom 6.2221.va_045130417c9 pins),
 * src/main/java/org/jvnet/hudson/test/junit/jupiter/WithJenkins.java (annotation with its targets and retention). Its
 * @ExtendWith(JenkinsExtension.class), which starts Jenkins, is left out: nothing here runs a JenkinsRule test.
 */
package org.jvnet.hudson.test.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithJenkins {}
