/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3,
 * core/src/main/java/hudson/model/TopLevelItem.java (interface at 42). Only the type, which JenkinsRule.createProject is bounded by; its
 * members are left out.
 */
package hudson.model;

import hudson.ExtensionPoint;

public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {
}
