/*
 * Signature-only stub. Checked against jenkinsci/jenkins, tags jenkins-2.541.3 and jenkins-2.479.3,
 * core/src/main/java/jenkins/tasks/SimpleBuildStep.java (interface at 75, the default
 * perform(Run, FilePath, EnvVars, Launcher, TaskListener) at 111, since 2.241). The other perform overloads,
 * requiresWorkspace and LastBuildAction are left out.
 */
package jenkins.tasks;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

public interface SimpleBuildStep extends BuildStep {

    default void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("stub");
    }
}
