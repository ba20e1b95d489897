/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/security/Permission.java (final class at 49). Only the type: the plugin passes the
 * Item permissions to hasPermission.
 */
package hudson.security;

public final class Permission {

    private Permission() {
        throw new UnsupportedOperationException("stub");
    }
}
