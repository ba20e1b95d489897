/*
 * Signature-only stub. Checked against jenkinsci/stapler, version 2050.v425108fd5089 (what jenkins-2.541.3 pins),
 * core/src/main/java/org/kohsuke/stapler/interceptor/RequirePOST.java (lines 31-34). Its
 * @InterceptorAnnotation (which makes Stapler refuse other methods), ErrorCustomizer and Processor are left
 * out: they act only inside Stapler.
 */
package org.kohsuke.stapler.interceptor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RequirePOST {
}
