package io.jenkins.plugins.argoworkflow;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.argoworkflow.engine.spi.ArtifactStore;
import java.util.function.UnaryOperator;

/**
 * What an {@link ArgoWorkflowStepExecution} takes from the running Jenkins: the global settings, the clouds, the
 * registry of live runs, the build's artifact store and the console links to the build's Argo page. {@link #JENKINS}
 * is the real one. The step's own thread and the run's event loop use some of these, so a unit test that runs the
 * whole step cannot reach them with Mockito's static and construction mocks (those are confined to the test's
 * thread); it gives its own services instead, and everything past this boundary runs for real.
 */
interface StepServices {

    PluginSettings settings();

    KubernetesClouds clouds();

    ActiveRuns activeRuns();

    /** The run's artifact repository when the step archives artifacts: the build's own artifacts. */
    ArtifactStore artifactStore(Run<?, ?> build, TaskListener listener);

    /** Turns a node's name into a console link to the build's Argo page (the build's first call only). */
    UnaryOperator<String> nodeLinks(Run<?, ?> build);

    /** The services of this Jenkins. */
    StepServices JENKINS = new StepServices() {
        @Override
        public PluginSettings settings() {
            return ArgoWorkflowConfiguration.get().settings();
        }

        @Override
        public KubernetesClouds clouds() {
            return KubernetesClouds.ofJenkins();
        }

        @Override
        public ActiveRuns activeRuns() {
            return ActiveRuns.get();
        }

        @Override
        public ArtifactStore artifactStore(Run<?, ?> build, TaskListener listener) {
            return BuildArtifactStore.of(build, listener);
        }

        @Override
        public UnaryOperator<String> nodeLinks(Run<?, ?> build) {
            return BuildLogListener.linkingTo(build.getUrl());
        }
    };
}
