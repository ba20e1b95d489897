/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/BranchProjectFactoryDescriptor.java (class at 36, the protected constructors at 53,
 * 65 and 89). Its members getProjectClass and the abstract isApplicable are left out.
 */
package jenkins.branch;

import hudson.model.Descriptor;
import hudson.model.Job;

public abstract class BranchProjectFactoryDescriptor extends Descriptor<BranchProjectFactory<?, ?>> {

    @SuppressWarnings("rawtypes")
    protected BranchProjectFactoryDescriptor(Class<? extends BranchProjectFactory<?, ?>> clazz,
            Class<? extends Job> branchProjectClass) {
        throw new UnsupportedOperationException("stub");
    }

    protected BranchProjectFactoryDescriptor(Class<? extends BranchProjectFactory<?, ?>> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    protected BranchProjectFactoryDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
