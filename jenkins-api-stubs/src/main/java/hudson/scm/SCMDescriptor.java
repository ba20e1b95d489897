/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/hudson/scm/SCMDescriptor.java (class at 50). Only the type; its members are left out.
 * Its protected constructors (at 59 and 71) take a RepositoryBrowser class, a type the plugin never names: a
 * private constructor stands in, so that no implicit public one appears.
 */
package hudson.scm;

import hudson.model.Descriptor;

public abstract class SCMDescriptor<T extends SCM> extends Descriptor<SCM> {

    private SCMDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
