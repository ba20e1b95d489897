/*
 * Signature-only stub. Checked against jenkinsci/stapler, version 2050.v425108fd5089 (what jenkins-2.541.3 pins),
 * core/src/main/java/org/kohsuke/stapler/DataBoundSetter.java.
 */
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
@Documented
public @interface DataBoundSetter {
}
