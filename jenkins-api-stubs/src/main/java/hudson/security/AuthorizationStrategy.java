/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/security/AuthorizationStrategy.java (class at 73). Only the type, which Jenkins.setAuthorizationStrategy takes;
 * its members (the abstract getRootACL and getGroups among them) are left out; it has no declared constructor.
 */
package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class AuthorizationStrategy implements Describable<AuthorizationStrategy>, ExtensionPoint {
}
