/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/security/AccessControlled.java (hasPermission(Permission) default at 68). getACL
 * and the other defaults are left out.
 */
package hudson.security;

public interface AccessControlled {

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("stub");
    }
}
