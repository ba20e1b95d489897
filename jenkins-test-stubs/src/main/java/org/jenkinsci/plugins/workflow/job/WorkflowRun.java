/*
 * Signature-only stub. Checked against jenkinsci/workflow-job-plugin at commit cef6baef (1589 commits; bom-2.541.x 6916.v15ec97679743
 * pins 1590.v49101d088542, whose commit 49101d08 is not in the stored copy),
 * src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java (class at 141, the constructors at 270 and 278, run at 315,
 * doStop at 994). Its interfaces LazyBuildMixIn.LazyLoadingRun and RunWithSCM and its other members are left out.
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
