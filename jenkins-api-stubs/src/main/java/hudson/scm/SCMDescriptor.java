/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/scm/SCMDescriptor.java (class at 50, the protected constructors at 59 and 71, which
 * the JenkinsRule tests' SCM descriptor calls). Its other members are left out.
 */
package hudson.scm;

import hudson.model.Descriptor;

public abstract class SCMDescriptor<T extends SCM> extends Descriptor<SCM> {

    @SuppressWarnings("rawtypes")
    protected SCMDescriptor(Class<T> clazz, Class<? extends RepositoryBrowser> repositoryBrowser) {
        throw new UnsupportedOperationException("stub");
    }

    @SuppressWarnings("rawtypes")
    protected SCMDescriptor(Class<? extends RepositoryBrowser> repositoryBrowser) {
        throw new UnsupportedOperationException("stub");
    }
}
