/*
 * Signature-only stub. Checked against jenkinsci/workflow-multibranch-plugin at commit 49f2746 (the last change of the file in master
 * 59f7718; the version bom-2.541.x 6916.v15ec97679743 pins, 841.vec5b_9e1806ec, is not in the stored copy),
 * src/main/java/org/jenkinsci/plugins/workflow/multibranch/AbstractWorkflowMultiBranchProjectFactory.java (class
 * at 46 with no explicit constructor, customize at 61). Its final doCreateProject and updateExistingProject and
 * its nested PerFolderAdder are left out.
 */
package org.jenkinsci.plugins.workflow.multibranch;

import java.io.IOException;
import jenkins.branch.MultiBranchProjectFactory;

public abstract class AbstractWorkflowMultiBranchProjectFactory extends MultiBranchProjectFactory.BySCMSourceCriteria {

    protected void customize(WorkflowMultiBranchProject project) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }
}
