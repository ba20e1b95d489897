/*
 * Signature-only stub. Checked against jenkinsci/workflow-job-plugin at master cef6baef (1589 commits; the file last
 * changed at 46f1e509; bom-2.541.x 6916.v15ec97679743 pins 1590.v49101d088542, whose commit 49101d08 is not in the
 * stored copy, and the class declaration and these members are unchanged for years),
 * src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java (class at 141, the constructors
 * WorkflowRun(WorkflowJob) at 270 and WorkflowRun(WorkflowJob, File) at 278, run at 315, doStop at 994). The type,
 * its superclass and the constructors are the type arguments of workflow-multibranch's
 * AbstractWorkflowBranchProjectFactory; run and doStop are what the JenkinsRule tests call. Its interfaces
 * LazyBuildMixIn.LazyLoadingRun and RunWithSCM and its other members are left out.
 */
package org.jenkinsci.plugins.workflow.job;

import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.interceptor.RequirePOST;

public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> implements FlowExecutionOwner.Executable {

    public WorkflowRun(WorkflowJob job) throws IOException {
        super(job);
        throw new UnsupportedOperationException("stub");
    }

    public WorkflowRun(WorkflowJob job, File dir) throws IOException {
        super(job, dir);
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("stub");
    }

    @RequirePOST
    public HttpResponse doStop() {
        throw new UnsupportedOperationException("stub");
    }
}
