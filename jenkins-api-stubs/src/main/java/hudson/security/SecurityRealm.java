/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/hudson/security/SecurityRealm.java (class at 151). Only the type, which Jenkins.setSecurityRealm takes; its members (the
 * abstract createSecurityComponents among them) are left out; it has no declared constructor.
 */
package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class SecurityRealm implements Describable<SecurityRealm>, ExtensionPoint {
}
