/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/tasks/Builder.java (class at 45). Its members (prebuild, getRequiredMonitorService,
 * getDescriptor, all) are left out: the plugin overrides and calls none of them.
 */
package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

@SuppressWarnings("deprecation")
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {
}
