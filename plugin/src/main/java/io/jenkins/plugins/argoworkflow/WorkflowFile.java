package io.jenkins.plugins.argoworkflow;

import hudson.AbortException;
import hudson.model.Action;
import hudson.model.Descriptor;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMFileSystem;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/**
 * A workflow file kept in a repository, as the definitions that read one share it: "Argo Workflow from SCM" and the
 * branch jobs of a multibranch project. The file is read without a checkout ({@link SCMFileSystem}) and run as the
 * inline definition runs its YAML.
 */
final class WorkflowFile {

    /** Where a repository keeps its workflow unless told otherwise. */
    static final String DEFAULT_PATH = ".argo/workflow.yaml";

    private WorkflowFile() {
    }

    /** {@code path} as the user typed it, trimmed; the default path when blank. */
    static String path(String path) {
        return path == null || path.isBlank() ? DEFAULT_PATH : path.trim();
    }

    /** The build that {@code handle} runs. */
    static Run<?, ?> build(FlowExecutionOwner handle) throws IOException {
        Queue.Executable executable = handle.getExecutable();
        if (!(executable instanceof Run<?, ?> build)) {
            throw new AbortException("an Argo Workflow job runs only as a build, not as " + executable);
        }
        return build;
    }

    /**
     * The content of {@code path} in {@code files}, which this closes.
     *
     * @param place where {@code files} come from, in the user's words ("the job's SCM")
     * @param withoutAccess what to say when there is no {@code files}: why, and what to do
     * @throws AbortException saying what to do when the file cannot be read
     */
    static String read(SCMFileSystem files, String path, String place, String withoutAccess)
            throws IOException, InterruptedException {
        try (files) {
            SCMFile file = files == null ? null : files.child(path);
            String problem = problem(files, file, path, place, withoutAccess);
            if (problem != null) {
                throw new AbortException(problem);
            }
            return file.contentAsString();
        }
    }

    /** Why {@code file} cannot be read, in words that say what to do; null when it can. */
    static String problem(SCMFileSystem files, SCMFile file, String path, String place, String withoutAccess)
            throws IOException, InterruptedException {
        if (files == null) {
            return withoutAccess;
        }
        if (!file.isFile()) {
            return path + " is not a file in " + place + "; set the workflow file's path (default " + DEFAULT_PATH
                    + ")";
        }
        return null;
    }

    /** Runs {@code yaml} as the build's Pipeline: the generated script, in the Groovy sandbox. */
    static FlowExecution run(String yaml, FlowExecutionOwner handle, TaskListener listener,
            List<? extends Action> actions) throws IOException, Descriptor.FormException {
        return new CpsFlowDefinition(PipelineScript.of(yaml), true).create(handle, listener, actions);
    }
}
