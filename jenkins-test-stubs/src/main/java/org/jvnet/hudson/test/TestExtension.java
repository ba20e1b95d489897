/*
 * Signature-only stub. Checked against jenkinsci/jenkins-test-harness at 2578.v44660312fd37 (commit 44660312, the version
 * plugin-pom 6.2221.va_045130417c9 pins),
 * src/main/java/org/jvnet/hudson/test/TestExtension.java (annotation with its retention, targets and value()). Its
 * meta-annotation @Indexable (from annotation-indexer) is left out.
 */
package org.jvnet.hudson.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface TestExtension {
    String[] value() default {};
}
