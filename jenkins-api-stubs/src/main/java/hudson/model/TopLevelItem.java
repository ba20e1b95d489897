/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/TopLevelItem.java (interface at 42 in both). Only the type and its
 * super-interfaces, for the bound of branch-api's BranchProjectFactory and of JenkinsRule.createProject; its
 * members (getDescriptor narrowed to TopLevelItemDescriptor among them) are left out.
 */
package hudson.model;

import hudson.ExtensionPoint;

public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {
}
