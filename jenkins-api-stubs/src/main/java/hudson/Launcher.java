/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/Launcher.java (abstract class at 89). Only the type: the build step passes it on.
 */
package hudson;

public abstract class Launcher {
}
