/*
 * Signature-only stub. Checked against jenkinsci/configuration-as-code-plugin at 2117.vc05a_0b_e6b_f4e (commit c05a0be6, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * test-harness/src/main/java/io/jenkins/plugins/casc/misc/ConfiguredWithCode.java (annotation with its targets, retention,
 * value() and message()). Its member expected(), whose default is JUnit 4's Test.None, is left out.
 */
package io.jenkins.plugins.casc.misc;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

@Target({METHOD, FIELD})
@Retention(RUNTIME)
public @interface ConfiguredWithCode {

    String[] value();

    String message() default "";
}
