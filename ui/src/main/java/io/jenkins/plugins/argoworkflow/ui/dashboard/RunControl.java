package io.jenkins.plugins.argoworkflow.ui.dashboard;

import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;

/** What the page's buttons do to a run this host controls: {@code WorkflowRun}'s resume, stop and terminate. */
public interface RunControl {

    /** Resumes the suspended nodes named {@code nodeName} (all of them when null); returns how many. */
    int resume(String nodeName);

    void stop();

    void terminate();

    /** The controls of a run of this process. */
    static RunControl of(WorkflowRun run) {
        return new RunControl() {
            @Override
            public int resume(String nodeName) {
                return run.resume(nodeName).join();
            }

            @Override
            public void stop() {
                run.stop();
            }

            @Override
            public void terminate() {
                run.terminate();
            }
        };
    }
}
