/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/MultiBranchProjectFactory.java (class at 52 with no explicit constructor,
 * BySCMSourceCriteria at 198 with getSCMSourceCriteria at 207). Only the types, as the superclasses of
 * workflow-multibranch's AbstractWorkflowMultiBranchProjectFactory, and getSCMSourceCriteria; the other members,
 * the abstract doCreateProject among them, are left out.
 */
package jenkins.branch;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;

@SuppressWarnings("deprecation")
public abstract class MultiBranchProjectFactory extends AbstractDescribableImpl<MultiBranchProjectFactory>
        implements ExtensionPoint {

    public static abstract class BySCMSourceCriteria extends MultiBranchProjectFactory {

        protected abstract SCMSourceCriteria getSCMSourceCriteria(SCMSource source);
    }
}
