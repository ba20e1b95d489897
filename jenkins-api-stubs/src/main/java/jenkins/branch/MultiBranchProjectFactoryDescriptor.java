/*
 * Signature-only stub. Checked against jenkinsci/branch-api-plugin at 2.1280.v0d4e5b_b_460ef (commit 0d4e5bb4, the version
 * bom-2.541.x 6916.v15ec97679743 pins),
 * src/main/java/jenkins/branch/MultiBranchProjectFactoryDescriptor.java (class at 34, the protected constructors
 * at 36 and 38, newInstance at 47). The other members are left out.
 */
package jenkins.branch;

import hudson.model.Descriptor;

public abstract class MultiBranchProjectFactoryDescriptor extends Descriptor<MultiBranchProjectFactory> {

    protected MultiBranchProjectFactoryDescriptor() {
        throw new UnsupportedOperationException("stub");
    }

    protected MultiBranchProjectFactoryDescriptor(Class<? extends MultiBranchProjectFactory> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    public abstract MultiBranchProjectFactory newInstance();
}
