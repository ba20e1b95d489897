/*
 * Signature-only stub. Checked against jenkinsci/workflow-job-plugin at master cef6baef (1589 commits; the file last
 * changed at 46f1e509; bom-2.541.x 6916.v15ec97679743 pins 1590.v49101d088542, whose commit 49101d08 is not in the
 * stored copy, and the class declaration and these members are unchanged for years),
 * src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowJob.java (class at 105, the constructor
 * WorkflowJob(ItemGroup, String) at 136, getDefinition at 180, setDefinition at 184, getBuildByNumber at 256,
 * scheduleBuild2 at 286). The type, its superclass and TopLevelItem are the type arguments of workflow-multibranch's
 * AbstractWorkflowBranchProjectFactory; the methods are what the JenkinsRule tests call. Its interfaces
 * LazyBuildMixIn.LazyLoadingJob, SCMTriggerItem and BlockableResume and its other members are left out.
 */
package org.jenkinsci.plugins.workflow.job;

import hudson.model.Action;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import hudson.model.queue.QueueTaskFuture;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
        implements ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>, TopLevelItem, Queue.FlyweightTask {

    @SuppressWarnings("rawtypes")
    public WorkflowJob(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("stub");
    }

    public FlowDefinition getDefinition() {
        throw new UnsupportedOperationException("stub");
    }

    public void setDefinition(FlowDefinition definition) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public WorkflowRun getBuildByNumber(int n) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public QueueTaskFuture<WorkflowRun> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("stub");
    }
}
