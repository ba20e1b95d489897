/*
 * Signature-only stub. Checked against jenkinsci/workflow-job-plugin at commit 46f1e509 (master cef6baef; the version
 * bom-2.541.x 6916.v15ec97679743 pins, 1590.v49101d088542, is not in the stored copy, and the class declaration
 * and constructors are unchanged for years),
 * src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java (class at 141, the constructors
 * WorkflowRun(WorkflowJob) at 270 and WorkflowRun(WorkflowJob, File) at 278). Only the type, its superclass and the
 * constructors, for the type arguments of workflow-multibranch's AbstractWorkflowBranchProjectFactory; its
 * interfaces and members are left out.
 */
package org.jenkinsci.plugins.workflow.job;

import hudson.model.Run;
import java.io.File;
import java.io.IOException;

public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> {

    public WorkflowRun(WorkflowJob job) throws IOException {
        super(job);
        throw new UnsupportedOperationException("stub");
    }

    public WorkflowRun(WorkflowJob job, File dir) throws IOException {
        super(job, dir);
        throw new UnsupportedOperationException("stub");
    }
}
