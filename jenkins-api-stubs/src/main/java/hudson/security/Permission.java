/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/security/Permission.java (final class at 49). Only the type: the plugin passes the
 * Item permissions to hasPermission. Its constructors (from 142) take a PermissionGroup, a type the plugin never
 * names: a private constructor stands in, so that no implicit public one appears.
 */
package hudson.security;

public final class Permission {

    private Permission() {
        throw new UnsupportedOperationException("stub");
    }
}
