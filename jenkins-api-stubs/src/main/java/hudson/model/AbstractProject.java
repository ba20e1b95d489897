/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/model/AbstractProject.java (class at 140, the protected constructor
 * AbstractProject(ItemGroup, String) at 258). Only the type, its constructor (BuildStepDescriptor's
 * isApplicable takes its class) and its interface ParameterizedJobMixIn.ParameterizedJob (JenkinsRule's
 * buildAndAssertStatus is bounded by it); its other interfaces (BuildableItem, which ParameterizedJob extends, and
 * LazyBuildMixIn.LazyLoadingJob) and its members are left out.
 */
package hudson.model;

import jenkins.model.ParameterizedJobMixIn;

public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Job<P, R> implements ParameterizedJobMixIn.ParameterizedJob<P, R> {

    @SuppressWarnings("rawtypes")
    protected AbstractProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }
}
