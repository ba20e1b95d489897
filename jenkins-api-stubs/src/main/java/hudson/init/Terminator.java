/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/init/Terminator.java. Retention, target and name match; the real one is also @Indexed
 * (its index is what finds the method, in the real build), and its members (after, before, requires, attains,
 * displayName), whose TermMilestone type the plugin never names, are left out.
 */
package hudson.init;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Terminator {
}
