/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/Item.java (2.541.3: getName at 105, READ at 280, BUILD at 308, CANCEL at 330;
 * getName at 99 in 2.479.3). Only the permissions the run page checks and the JenkinsRule tests grant, and getName,
 * which they read of jobs and folders' items; the super-interfaces (which differ between the two tags) and other
 * members are left out. The real constants are built
 * from PermissionGroup and Localizable, which a stub cannot do without behaviour: here they are null, so unit
 * tests cannot tell them apart and the JenkinsRule tests check which one guards what.
 */
package hudson.model;

import hudson.security.Permission;

public interface Item {

    String getName();

    Permission READ = null;

    Permission BUILD = null;

    Permission CANCEL = null;
}
