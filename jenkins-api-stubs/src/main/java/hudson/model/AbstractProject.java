/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/AbstractProject.java (class at 140). Only the type (BuildStepDescriptor's
 * isApplicable takes its class); its interfaces and members are left out.
 */
package hudson.model;

public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Job<P, R> {
}
