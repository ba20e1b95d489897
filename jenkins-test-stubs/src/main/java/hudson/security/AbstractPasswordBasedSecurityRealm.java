/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/security/AbstractPasswordBasedSecurityRealm.java (class at 32). Only the type, JenkinsRule.DummySecurityRealm's
 * superclass; its members are left out; it has no declared constructor.
 */
package hudson.security;

public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm {
}
