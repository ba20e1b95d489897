/*
 * Signature-only stub. Checked against jenkinsci/workflow-multibranch-plugin at commit bb688f6 (the last change of
 * the file in master 59f7718; the version bom-2.541.x 6916.v15ec97679743 pins, 841.vec5b_9e1806ec, is not in the
 * stored copy), src/main/java/org/jenkinsci/plugins/workflow/multibranch/AbstractWorkflowBranchProjectFactory.java
 * (class at 46 with no explicit constructor, createDefinition at 50, getSCMSourceCriteria at 52,
 * AbstractWorkflowBranchProjectFactoryDescriptor at 87). The overrides of BranchProjectFactory's members
 * (newInstance, getBranch, setBranch, isProject) and the descriptor's isApplicable are left out, as their
 * declarations in branch-api's stubs are.
 */
package org.jenkinsci.plugins.workflow.multibranch;

import jenkins.branch.BranchProjectFactory;
import jenkins.branch.BranchProjectFactoryDescriptor;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;

public abstract class AbstractWorkflowBranchProjectFactory extends BranchProjectFactory<WorkflowJob, WorkflowRun> {

    protected abstract FlowDefinition createDefinition();

    protected abstract SCMSourceCriteria getSCMSourceCriteria(SCMSource source);

    protected static abstract class AbstractWorkflowBranchProjectFactoryDescriptor
            extends BranchProjectFactoryDescriptor {
    }
}
