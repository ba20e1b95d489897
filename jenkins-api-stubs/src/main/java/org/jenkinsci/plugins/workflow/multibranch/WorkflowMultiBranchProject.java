/*
 * Signature-only stub. Checked against jenkinsci/workflow-multibranch-plugin at commit 6b6e77d (the last change of the file in master
 * 59f7718; the version bom-2.541.x 6916.v15ec97679743 pins, 841.vec5b_9e1806ec, is not in the stored copy),
 * src/main/java/org/jenkinsci/plugins/workflow/multibranch/WorkflowMultiBranchProject.java (class at 65, the
 * constructor WorkflowMultiBranchProject(ItemGroup, String) at 69). Its members are left out; it implements none of
 * the abstract members of ComputedFolder and MultiBranchProject, which their stubs leave out too.
 */
package org.jenkinsci.plugins.workflow.multibranch;

import hudson.model.ItemGroup;
import jenkins.branch.MultiBranchProject;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;

public class WorkflowMultiBranchProject extends MultiBranchProject<WorkflowJob, WorkflowRun> {

    @SuppressWarnings("rawtypes")
    public WorkflowMultiBranchProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }
}
