/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/Functions.java (2.541.3: class at 202, constructor at 212,
 * isArtifactsPermissionEnabled at 2358). Only what the run page's download asks; the other members are left out.
 */
package hudson;

public class Functions {

    public Functions() {
        throw new UnsupportedOperationException("stub");
    }

    public static boolean isArtifactsPermissionEnabled() {
        throw new UnsupportedOperationException("stub");
    }
}
