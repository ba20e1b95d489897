package io.jenkins.plugins.argoworkflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.argoworkflow.cli.lint.InputException;
import io.jenkins.plugins.argoworkflow.cli.lint.InputFiles;
import io.jenkins.plugins.argoworkflow.cli.run.RunRecord;
import io.jenkins.plugins.argoworkflow.cli.run.ConsoleListener;
import io.jenkins.plugins.argoworkflow.cli.run.LiveTree;
import io.jenkins.plugins.argoworkflow.cli.run.DashboardHost;
import io.jenkins.plugins.argoworkflow.cli.run.NodeTree;
import io.jenkins.plugins.argoworkflow.cli.run.RuntimeFactory;
import io.jenkins.plugins.argoworkflow.cli.run.WorkflowJson;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import io.jenkins.plugins.argoworkflow.engine.lint.TemplateStore;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowPhase;
import io.jenkins.plugins.argoworkflow.engine.run.WorkflowStatus;
import io.jenkins.plugins.argoworkflow.engine.schedule.Journal;
import io.jenkins.plugins.argoworkflow.engine.schedule.JournalEntry;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunListener;
import io.jenkins.plugins.argoworkflow.engine.schedule.RunOptions;
import io.jenkins.plugins.argoworkflow.engine.schedule.WorkflowRun;
import io.jenkins.plugins.argoworkflow.engine.spi.NodeRuntime;
import io.jenkins.plugins.argoworkflow.kubernetes.KubernetesRuntime;
import io.jenkins.plugins.argoworkflow.kubernetes.KubernetesRuntimeOptions;
import io.jenkins.plugins.argoworkflow.local.LocalArtifactStore;
import io.jenkins.plugins.argoworkflow.local.LocalRuntime;
import io.jenkins.plugins.argoworkflow.ui.dashboard.DashboardServer;
import io.jenkins.plugins.argoworkflow.ui.dashboard.RunControl;
import io.jenkins.plugins.argoworkflow.ui.dashboard.StateRecorder;
import io.jenkins.plugins.argoworkflow.local.LocalRuntimeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argowf run}: runs a Workflow to its end. Progress and node logs go to standard error; standard output
 * carries only the result: the node tree, or with {@code -o json|yaml} the final Workflow object.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Runs an Argo Workflow to its end, by default as local processes.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the workflow Succeeded",
            "1:the workflow Failed",
            "2:invalid input: nothing ran",
            "3:the workflow ended in Error"
        })
public final class RunCommand implements Callable<Integer> {

    /** Exit code of a run that ended in Error. */
    public static final int EXIT_ERROR = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The workflow file (YAML or JSON).")
    Path path;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE", description = "A workflow parameter. Repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--parameter-file", paramLabel = "FILE", description = "Parameters from a YAML or JSON mapping.")
    Path parameterFile;

    @Option(names = "--entrypoint", paramLabel = "TEMPLATE", description = "Run this template instead of spec.entrypoint.")
    String entrypoint;

    @Option(names = "--templates", paramLabel = "PATH",
            description = "Files or directories of WorkflowTemplates for templateRef and workflowTemplateRef. Repeatable.")
    List<Path> templatePaths = new ArrayList<>();

    @Option(names = "--runtime", paramLabel = "NAME", defaultValue = "local",
            description = "Where leaf nodes run: local (default; each node a process in a bubblewrap sandbox) or "
                    + "kubernetes (each node a pod, on the cluster of --kubeconfig).")
    String runtime;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "With --runtime kubernetes: the kubeconfig (default: KUBECONFIG, ~/.kube/config, or in-cluster).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "CONTEXT",
            description = "With --runtime kubernetes: the kubeconfig context (default: its current context).")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "With --runtime kubernetes: the pods' namespace (default: the context's, else default).")
    String namespace;

    @Option(names = "--allow-resource-templates",
            description = "With --runtime kubernetes: run resource templates, which create, apply and delete objects"
                    + " with your kubeconfig's credentials (refused by default).")
    boolean allowResourceTemplates;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (node tree), json or yaml (the final Workflow object).")
    String output;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Keep the run's files in DIR: node sandboxes and outputs, and what 'argowf dashboard DIR' "
                    + "shows (DIR/_run: status.json, logs/NODE_ID.log); by default a temporary directory removed "
                    + "after the run.")
    Path stateDir;

    @Option(names = "--image-command", paramLabel = "IMAGE=CMD",
            description = "The command an image runs when a container gives none (its entrypoint), e.g. "
                    + "--image-command myorg/tool:1=/usr/bin/tool. Repeatable.")
    Map<String, String> imageCommands = new LinkedHashMap<>();

    @Option(names = "--recover", hidden = true,
            description = "Recover the run whose journal is in --state-dir (what `argowf recover` passes).")
    boolean recover;

    @Option(names = "--journal-snapshot-every", hidden = true, paramLabel = "ENTRIES",
            description = "Compact the journal into a snapshot once its segment holds ENTRIES entries (tests).")
    long journalSnapshotEvery = Journal.DEFAULT_SNAPSHOT_EVERY;

    @Option(names = "--image-index", paramLabel = "FILE",
            description = "Images' commands, as Argo's images: setting: a YAML or JSON mapping of image to "
                    + "{entrypoint: [...], cmd: [...]}, for containers without command (both runtimes). Repeatable;"
                    + " --image-command wins over it.")
    List<Path> imageIndexFiles = new ArrayList<>();

    @Option(names = "--secret-dir", paramLabel = "DIR",
            description = "Secrets for secretKeyRef, secretRef and secret volumes: DIR/<secret>/<key> holds a key's "
                    + "value, as a mounted secret does.")
    Path secretDir;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Config maps for configMapKeyRef, configMapRef and configMap volumes: DIR/<configMap>/<key>.")
    Path configDir;

    @Option(names = "--dashboard", paramLabel = "PORT", arity = "0..1", parameterConsumer = OptionalPort.class,
            description = "Serve the run's graph page live on 127.0.0.1:PORT (default: any free port) and print its "
                    + "URL; after the run ends the page stays up until interrupted (Ctrl-C).")
    Integer dashboardPort;

    private RuntimeFactory runtimes = this::defaultRuntime;
    private DashboardHost.Wait dashboardWait = DashboardHost.Wait.UNTIL_INTERRUPTED;

    /** Where runtimes come from; the command line sets the real ones, tests a scripted one. */
    public RunCommand runtimes(RuntimeFactory factory) {
        this.runtimes = factory;
        return this;
    }

    /**
     * Takes the next argument as {@code --dashboard}'s port only when it is a number, so that
     * {@code argowf run --dashboard wf.yaml} keeps wf.yaml as the workflow (picocli's optional values would take it).
     */
    static final class OptionalPort implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec argSpec,
                CommandSpec commandSpec) {
            boolean port = !args.isEmpty() && args.peek().matches("\\d{1,5}");
            argSpec.setValue(port ? Integer.parseInt(args.pop()) : 0);
        }
    }

    /** What {@code --dashboard} does once the run ended; by default serve until interrupted. */
    public RunCommand dashboardWait(DashboardHost.Wait wait) {
        this.dashboardWait = wait;
        return this;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "yaml").contains(output)) {
            err.println("argowf run: -o takes text, json or yaml, not " + output);
            return ArgowfCommand.EXIT_USAGE;
        }
        WorkflowInput input = WorkflowInput.read(path, templatePaths, err, "argowf run");
        if (input == null) {
            return ArgowfCommand.EXIT_USAGE;
        }
        TemplateStore store = input.store();
        input.problems().stream().filter(d -> !d.isError()).forEach(err::println);
        Workflow workflow = input.workflow();
        List<Diagnostic> errors = input.errors();
        if (workflow == null || !errors.isEmpty()) {
            errors.forEach(err::println);
            if (workflow == null && errors.isEmpty()) {
                err.println(path + ": the file holds no Workflow to run");
            }
            if (workflow != null) {
                // Nothing runs; the workflow ends as Argo's controller ends an invalid spec.
                WorkflowStatus invalid = new WorkflowStatus(WorkflowRun.nameOf(workflow));
                java.time.Instant now = Clock.systemUTC().instant();
                invalid.start(now);
                invalid.finish(WorkflowPhase.FAILED, "invalid spec: " + errors.get(0).message(), now);
                print(out, workflow, invalid);
            }
            return ArgowfCommand.EXIT_USAGE;
        }
        Workflow toRun;
        try {
            toRun = withOverrides(workflow);
        } catch (IllegalArgumentException e) {
            err.println("argowf run: " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        }
        Path workDir = stateDir != null ? Files.createDirectories(stateDir) : Files.createTempDirectory("argowf-run-");
        if (stateDir != null && !recover) {
            RunRecord.of(spec.commandLine().getParseResult(), path, List.of("--state-dir", "--output", "--recover"))
                    .write(stateDir);
        }
        // Lint passed on the file's workflow just above; without overrides it is the workflow that runs, so the run
        // need not lint it again. Overrides (parameters, entrypoint) change it: then the run lints what it runs.
        boolean linted = parameterFile == null && parameters.isEmpty() && entrypoint == null;
        try {
            return run(toRun, store, linted, workDir, out, err);
        } finally {
            if (stateDir == null) {
                deleteTree(workDir);
            }
        }
    }

    private int run(Workflow toRun, TemplateStore store, boolean linted, Path workDir, PrintWriter out,
            PrintWriter err) throws IOException, InterruptedException {
        List<JournalEntry> recorded;
        try {
            recorded = recover ? Journal.readStateDir(stateDir) : List.of();
        } catch (IOException e) {
            err.println("argowf recover: " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        }
        JournalEntry begun = recorded.stream().filter(e -> e.kind() == JournalEntry.Kind.BEGIN).findFirst()
                .orElse(null);
        if (recover && begun == null) {
            // Interrupted before it began: nothing ran, so it starts afresh.
            err.println("argowf recover: the run had not begun; starting it");
        }
        if (stateDir != null && begun == null) {
            Journal.discardStateDir(stateDir); // a new run does not append to an earlier run's journal
        }
        NodeRuntime nodeRuntime;
        try {
            nodeRuntime = runtimes.create(runtime, workDir);
        } catch (IllegalArgumentException e) {
            err.println("argowf run: " + e.getMessage());
            return ArgowfCommand.EXIT_USAGE;
        }
        WorkflowStatus status;
        String name = begun != null ? begun.workflowName() : WorkflowRun.nameOf(toRun);
        // The state directory keeps what the dashboard shows: status.json and each node's log (ui's StateDir).
        boolean record = stateDir != null || dashboardPort != null;
        RunListener console = LiveTree.wanted(System.getenv(), System.console() != null)
                ? new LiveTree(err, Clock.systemUTC(), terminalHeight()).ticking() : new ConsoleListener(err);
        Journal journal = stateDir == null ? Journal.NONE : Journal.inStateDir(stateDir, journalSnapshotEvery);
        try (nodeRuntime; StateRecorder recorder = record ? new StateRecorder(workDir, name, console) : null;
                WorkflowRun run = begun != null
                        ? WorkflowRun.recover(toRun, store, nodeRuntime,
                                options(name, record ? recorder : console, journal, linted), recorded)
                        : WorkflowRun.start(toRun, store, nodeRuntime,
                                options(name, record ? recorder : console, journal, linted));
                io.jenkins.plugins.argoworkflow.cli.run.RunControl control =
                        io.jenkins.plugins.argoworkflow.cli.run.RunControl.serve(workDir, run);
                DashboardServer dashboard = dashboardPort == null ? null
                        : DashboardHost.start(workDir, RunControl.of(run), dashboardPort, err)) {
            if (recorder != null) {
                recorder.attach(run::statusJson);
            }
            status = run.completion().get();
            print(out, toRun, status);
            if (dashboard != null) {
                err.println("dashboard: the run ended; serving " + dashboard.url() + " until interrupted (Ctrl-C)");
                err.flush();
                dashboardWait.whileServing(dashboard.url());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run failed unexpectedly", e.getCause());
        }
        return switch (status.phase()) {
            case SUCCEEDED -> ArgowfCommand.EXIT_OK;
            case ERROR -> EXIT_ERROR;
            default -> status.message() != null && status.message().startsWith("invalid spec:")
                    ? ArgowfCommand.EXIT_USAGE : ArgowfCommand.EXIT_ERRORS;
        };
    }

    /** Lines the live tree may take: the terminal's height (LINES) less room for logs, else 30. */
    private static int terminalHeight() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("LINES", "40")) - 10;
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    /** The runtimes of a real command line: local processes in bubblewrap sandboxes, or pods. */
    private NodeRuntime defaultRuntime(String name, Path workDir) {
        if ("kubernetes".equals(name)) {
            KubernetesRuntime pods = KubernetesRuntime.connect(kubeconfig, context, namespace,
                    KubernetesRuntimeOptions.DEFAULTS.withAllowResourceTemplates(allowResourceTemplates),
                    ImageIndexOptions.read(imageIndexFiles, imageCommands));
            // Artifacts stay on this machine, where the local runtime keeps them: the pods stream them through us.
            pods.setDefaultArtifactStore(new LocalArtifactStore(workDir.resolve(LocalRuntime.DEFAULT_STORE_DIR)));
            return pods;
        }
        if (!"local".equals(name)) {
            throw new IllegalArgumentException("unknown runtime '" + name + "'; this build runs workflows with: local,"
                    + " kubernetes");
        }
        LocalRuntimeOptions options = LocalRuntimeOptions.defaults(workDir)
                .withSecretDir(directory("--secret-dir", secretDir)).withConfigDir(directory("--config-dir", configDir))
                .withImages(ImageIndexOptions.read(imageIndexFiles, imageCommands));
        return new LocalRuntime(options);
    }

    /** {@code dir} made absolute (a node's sandbox has another working directory), or null when not given. */
    private static Path directory(String option, Path dir) {
        if (dir == null) {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + dir + " is not a directory");
        }
        return dir.toAbsolutePath();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }

    private void print(PrintWriter out, Workflow workflow, WorkflowStatus status) throws IOException {
        switch (output) {
            case "json" -> out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(WorkflowJson.of(workflow, status)));
            case "yaml" -> {
                ObjectNode json = WorkflowJson.of(workflow, status);
                Object plain = new ObjectMapper().convertValue(json, Object.class);
                org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
                options.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
                out.print(new org.yaml.snakeyaml.Yaml(options).dump(plain));
            }
            default -> out.print(NodeTree.render(status));
        }
        out.flush();
    }

    /** The workflow with the command line's parameters and entrypoint. */
    private static RunOptions options(String name, RunListener listener, Journal journal, boolean linted) {
        RunOptions options = new RunOptions(name, Clock.systemUTC(), listener, journal);
        return linted ? options.withAlreadyLinted() : options;
    }

    private Workflow withOverrides(Workflow workflow) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (parameterFile != null) {
            Object doc = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(Files.readString(parameterFile));
            if (!(doc instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(parameterFile + " must hold a mapping of parameter names to values");
            }
            map.forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
        }
        values.putAll(parameters);
        Workflow withValues = workflow.withParameters(values);
        WorkflowSpec spec = withValues.spec();
        if (entrypoint != null) {
            spec = spec.withEntrypoint(entrypoint);
        }
        return new Workflow(workflow.apiVersion(), workflow.metadata(), spec, workflow.source(), workflow.location());
    }
}
