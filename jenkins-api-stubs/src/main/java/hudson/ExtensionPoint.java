/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/ExtensionPoint.java (a marker interface; its deprecated nested annotation is left out).
 */
package hudson;

public interface ExtensionPoint {
}
