/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/tasks/BuildStepDescriptor.java (class at 44, constructors at 45 and 56,
 * isApplicable at 66). The static filter is left out.
 */
package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {

    protected BuildStepDescriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    protected BuildStepDescriptor() {
        throw new UnsupportedOperationException("stub");
    }

    @SuppressWarnings("rawtypes")
    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}
