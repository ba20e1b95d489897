/*
 * Signature-only stub. Checked against jenkinsci/lib-symbol-annotation, src/main/java/org/jenkinsci/Symbol.java
 * (symbol-annotation 1.25, the version jenkins-2.541.3's BOM pins). The real one is also @Indexed.
 */
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
