package io.jenkins.plugins.argoworkflow;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.kubernetes.KubernetesRuntime;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.csanchez.jenkins.plugins.kubernetes.KubernetesCloud;
import java.io.Serializable;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * One {@code argoWorkflow} call: all of {@link ArgoWorkflowStepExecution} but the Pipeline glue, in a plain class,
 * since the stubbed {@code StepExecution} cannot be built offline and this is what the unit tests run.
 * {@link #start} returns at once (it runs on the Pipeline's CPS thread, which must not block) and a thread of its own
 * reads the workflow, starts it on a Kubernetes cloud and completes the step when the workflow ends. The run journals
 * into the build's directory ({@link RunStateDir}), so after a controller restart {@link #onResume} carries it on
 * where it was. The work itself is {@link StepRun}'s; this is the glue to the step context, the build and the cloud;
 * it reaches Jenkins itself only through {@link StepServices}.
 */
final class WorkflowCall implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(WorkflowCall.class.getName());

    private final StepRequest request;
    /** What {@link #start} settled, kept (Pipeline persists the execution) for a resumed run to run alike. */
    private PluginSettings settings;
    private String cloudName;
    private String namespace;
    private String stateDirName;

    private transient volatile StepRun run;
    /** The cause of a stop that came before the run had started: it is stopped as soon as it starts. */
    private transient volatile Throwable stopBeforeStart;
    private transient StepCompletion completion;
    /** What the execution takes from Jenkins; null after a restart, which means {@link StepServices#JENKINS}. */
    private transient StepServices services;

    /** The Pipeline's context of this call, given again after a restart. */
    private transient volatile StepContext context;

    WorkflowCall(StepRequest request) {
        this(request, StepServices.JENKINS);
    }

    /** A call reaching Jenkins through {@code services}: tests that run the whole step give their own. */
    WorkflowCall(StepRequest request, StepServices services) {
        this.request = request;
        this.services = services;
    }

    private StepContext getContext() {
        return context;
    }

    private StepServices services() {
        StepServices own = services;
        return own == null ? StepServices.JENKINS : own;
    }

    /** {@link StepExecution#start()}: returns false at once, the step's own thread completes {@code context}. */
    boolean start(StepContext context) throws Exception {
        this.context = context;
        String problem = request.problem();
        if (problem != null) {
            throw new AbortException(problem);
        }
        TaskListener listener = getContext().get(TaskListener.class);
        Run<?, ?> build = getContext().get(Run.class);
        FilePath workspace = request.file() == null ? null : getContext().get(FilePath.class);
        if (request.file() != null && workspace == null) {
            throw new AbortException("argoWorkflow reads 'file' from the workspace: call it inside node { }, "
                    + "or give the YAML as 'text'");
        }
        settings = services().settings();
        KubernetesCloud cloud = null;
        KubernetesClouds.NoCloudException noCloud = null;
        try {
            cloud = services().clouds().choose(request.cloud(), settings);
            cloudName = cloud.name;
            namespace = KubernetesClouds.namespace(request.namespace(), settings, cloud);
        } catch (KubernetesClouds.NoCloudException e) {
            noCloud = e; // reported after the workflow's own errors, which say more
        }
        Path buildDir = build.getRootDir().toPath();
        stateDirName = RunStateDir.nextName(buildDir);
        // Made now, on the CPS thread, so that a parallel branch's call takes the next name.
        Files.createDirectories(buildDir.resolve(stateDirName));
        KubernetesCloud chosen = cloud;
        KubernetesClouds.NoCloudException refused = noCloud;
        inThread("argoWorkflow " + request.sourceName(), () -> {
            if (chosen == null) {
                String text = request.text() != null ? request.text() : workspace.child(request.file()).readToString();
                StepRun.requireRunnable(CheckedWorkflow.of(request.sourceName(), text));
                throw refused;
            }
            runWorkflow(listener, build, workspace, chosen, false);
        });
        return false;
    }

    /** Carries the workflow on after a restart, from the journal in the build directory. */
    void onResume(StepContext context) {
        this.context = context;
        inThread("argoWorkflow resume " + request.sourceName(), () -> {
            TaskListener listener = getContext().get(TaskListener.class);
            Run<?, ?> build = getContext().get(Run.class);
            KubernetesCloud cloud = services().clouds().choose(cloudName, settings);
            runWorkflow(listener, build, null, cloud, true);
        });
    }

    /** What the step's own thread does; any failure fails the step. */
    private interface Work {
        void run() throws Exception;
    }

    private void inThread(String name, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failOnce(e);
            } catch (Exception e) {
                failOnce(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void runWorkflow(TaskListener listener, Run<?, ?> build, FilePath workspace, KubernetesCloud cloud,
            boolean resume) throws Exception {
        PrintStream log = listener.getLogger();
        RunStateDir state = new RunStateDir(build.getRootDir().toPath().resolve(stateDirName));
        String text = resume ? state.workflowText()
                : request.text() != null ? request.text() : workspace.child(request.file()).readToString();
        CheckedWorkflow input = CheckedWorkflow.of(request.sourceName(), text);
        StepRun.requireRunnable(input);
        KubernetesClient client = cloud.connect(); // Jenkins's cached client: not closed here
        String ns = namespace != null ? namespace : client.getNamespace() != null ? client.getNamespace() : "default";
        if (!resume) {
            state.begin(text, request.parameterValues(), ns, settings.allowResourceTemplates());
            log.println("[argoWorkflow] cloud " + cloudName + ", namespace " + ns + "; state in " + state.path());
        }
        NodeRuntime runtime = new KubernetesRuntime(client, settings.podSettings(ns), settings.runtimeOptions());
        StepRun.Setup setup = new StepRun.Setup(log, Clock.systemUTC(), state,
                request.archiveArtifacts() ? services().artifactStore(build, listener) : null, settings,
                new RunPods(client, ns, log),
                // The build's Argo page shows the first call's run only: link to it from that call's log.
                RunStateDir.FIRST.equals(stateDirName) ? services().nodeLinks(build) : null);
        StepRun started;
        try {
            started = resume ? StepRun.recover(input, request.parameterValues(), runtime, setup)
                    : StepRun.start(input, request.parameterValues(), runtime, setup);
        } catch (Exception e) {
            closeQuietly(runtime);
            throw e;
        }
        run = started;
        String runId = build.getExternalizableId();
        WorkflowRun workflow = started.workflowRun();
        ActiveRuns active = services().activeRuns();
        active.started(workflow);
        active.register(runId, workflow);
        started.outcome().whenComplete((outcome, failure) -> {
            active.ended(workflow);
            active.unregister(runId, workflow);
            finish(started, runtime, outcome, failure);
        });
        Throwable early = stopBeforeStart;
        if (early != null) {
            stop(early);
        }
    }

    private void finish(StepRun started, NodeRuntime runtime, StepOutcome outcome, Throwable failure) {
        try {
            started.close();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not close an argoWorkflow run", e);
        }
        closeQuietly(runtime);
        completion().finished(outcome, failure);
    }

    private synchronized StepCompletion completion() {
        if (completion == null) {
            completion = new StepCompletion(getContext(), AbortException::new);
        }
        return completion;
    }

    private void failOnce(Throwable failure) {
        completion().failed(failure);
    }

    private static void closeQuietly(NodeRuntime runtime) {
        try {
            runtime.close();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not close the Kubernetes runtime of an argoWorkflow step", e);
        }
    }

    /**
     * Aborting the build stops the workflow as {@code argo stop} does (running nodes end, exit handlers run), then
     * deletes all its pods and fails the step. Aborting again does not wait for the exit handlers: the workflow is
     * terminated and its pods deleted at once.
     */
    void stop(Throwable cause) {
        StepRun current = run;
        if (current == null) {
            stopBeforeStart = cause;
            if (run == null) {
                return; // the starting thread stops it once it runs, or fails the step if it cannot start
            }
            current = run;
        }
        if (completion().stopRequested()) {
            current.stop().whenComplete((outcome, failure) -> completion().stopped(cause));
        } else {
            current.terminate();
            completion().stopped(cause);
        }
    }
}
