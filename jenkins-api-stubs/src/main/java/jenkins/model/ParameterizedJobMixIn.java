/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tag jenkins-2.541.3 (and present in jenkins-2.479.3),
 * core/src/main/java/jenkins/model/ParameterizedJobMixIn.java (class at 103, the nested interface ParameterizedJob at 336, its default
 * scheduleBuild2(int, Action...) at 409). JenkinsRule's buildAndAssertStatus is bounded by ParameterizedJob, and the
 * restart test schedules a build with scheduleBuild2. ParameterizedJob's super-interface TriggeredItem and the other
 * members of both are left out; the class has no declared constructor.
 */
package jenkins.model;

import hudson.model.Action;
import hudson.model.BuildableItem;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.QueueTaskFuture;

public abstract class ParameterizedJobMixIn<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> {

    public interface ParameterizedJob<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> extends BuildableItem {

        default QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) {
            throw new UnsupportedOperationException("stub");
        }
    }
}
