/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/model/BuildListener.java (interface at line 35). Its default methods (started,
 * finished) are left out: the plugin calls neither.
 */
package hudson.model;

public interface BuildListener extends TaskListener {
}
