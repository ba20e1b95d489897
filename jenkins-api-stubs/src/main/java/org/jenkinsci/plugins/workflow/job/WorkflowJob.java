/*
 * Signature-only stub. Checked against jenkinsci/workflow-job-plugin at commit 46f1e509 (master cef6baef; the version
 * bom-2.541.x 6916.v15ec97679743 pins, 1590.v49101d088542, is not in the stored copy, and the class declaration
 * and constructors are unchanged for years),
 * src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowJob.java (class at 105, the constructor
 * WorkflowJob(ItemGroup, String) at 136). Only the type, its superclass, TopLevelItem and the constructor, for the
 * type arguments of workflow-multibranch's AbstractWorkflowBranchProjectFactory; its other interfaces and members
 * are left out.
 */
package org.jenkinsci.plugins.workflow.job;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.TopLevelItem;

public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun> implements TopLevelItem {

    @SuppressWarnings("rawtypes")
    public WorkflowJob(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }
}
