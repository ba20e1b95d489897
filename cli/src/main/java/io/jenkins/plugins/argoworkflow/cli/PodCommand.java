package io.jenkins.plugins.argoworkflow.cli;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.kubernetes.PodBuildException;
import io.jenkins.plugins.argoworkflow.kubernetes.PodManifest;
import io.jenkins.plugins.argoworkflow.kubernetes.PodPreview;
import io.jenkins.plugins.argoworkflow.kubernetes.PodSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argowf pod}: prints the pod manifest a template runs as on Kubernetes, with given inputs, needing no
 * cluster. The template runs through the engine as the workflow's entrypoint, so every {@code {{...}}} is
 * substituted as in a run.
 */
@Command(name = "pod",
        mixinStandardHelpOptions = true,
        description = "Prints the Kubernetes pod a container or script template runs as, without a cluster.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the manifest was printed",
            "2:usage, I/O error, invalid input, or a template that runs no pod"
        })
public final class PodCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The workflow file (YAML or JSON).")
    Path path;

    @Option(names = "--template", required = true, paramLabel = "NAME", description = "The template to show.")
    String template;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE",
            description = "An input parameter of the template. Repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--templates", paramLabel = "PATH",
            description = "Files or directories of WorkflowTemplates for templateRef. Repeatable.")
    List<Path> templatePaths = new ArrayList<>();

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = "default",
            description = "The pod's namespace (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--executor-image", paramLabel = "IMAGE",
            description = "The init and wait containers' image (default: " + PodSettings.DEFAULT_EXECUTOR_IMAGE + ").")
    String executorImage;

    @Option(names = "--image-index", paramLabel = "FILE",
            description = "Images' commands, as Argo's images: setting (as for argowf run): what a container without"
                    + " command runs, which the wrapper needs. Repeatable.")
    List<Path> imageIndexFiles = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkflowInput input = WorkflowInput.read(path, templatePaths, err, "argowf pod");
        if (input == null) {
            return ArgowfCommand.EXIT_USAGE;
        }
        List<Diagnostic> errors = input.errors();
        if (!errors.isEmpty() || input.workflow() == null) {
            errors.forEach(err::println);
            if (input.workflow() == null && errors.isEmpty()) {
                err.println(path + ": the file holds no Workflow");
            }
            return ArgowfCommand.EXIT_USAGE;
        }
        PodSettings settings = PodSettings.defaults(namespace);
        if (executorImage != null) {
            settings = settings.withExecutorImage(executorImage);
        }
        try {
            settings = settings.withImages(ImageIndexOptions.read(imageIndexFiles, Map.of()));
        } catch (IllegalArgumentException e) {
            err.println("argowf pod: " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        }
        try {
            out.print(PodManifest.toYaml(PodPreview.of(input.workflow(), input.store(), template, parameters, settings)));
        } catch (PodBuildException e) {
            err.println("argowf pod: " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        }
        out.flush();
        return ArgowfCommand.EXIT_OK;
    }
}
