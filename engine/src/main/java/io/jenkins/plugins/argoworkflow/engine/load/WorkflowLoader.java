package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostics;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDocument;
import io.jenkins.plugins.argoworkflow.engine.model.ClusterWorkflowTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.CronWorkflow;
import io.jenkins.plugins.argoworkflow.engine.model.ObjectMeta;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowTemplate;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlException;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlLimits;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads workflow files (YAML, multi-document YAML, or JSON) into the model. Reading never throws for bad
 * content: every problem becomes a diagnostic with its location, and whatever could be read is returned.
 */
public final class WorkflowLoader {

    /** Argo kinds that carry no workflow spec: recognised and skipped. */
    private static final Set<String> OTHER_ARGO_KINDS = Set.of("WorkflowEventBinding", "WorkflowTaskSet",
            "WorkflowTaskResult", "WorkflowArtifactGCTask", "WorkflowTaskSetList");

    private final YamlLoader yaml;
    private final YamlLimits limits;

    public WorkflowLoader() {
        this(YamlLimits.DEFAULT);
    }

    public WorkflowLoader(YamlLimits limits) {
        this.yaml = new YamlLoader(limits);
        this.limits = limits;
    }

    /** Reads a file from disk; an unreadable file is reported as a diagnostic at the file. */
    public LoadedFile load(Path path) {
        String name = path.toString();
        Diagnostics diagnostics = new Diagnostics();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(readBounded(path)))
                    .toString();
        } catch (TooLong e) {
            diagnostics.error(Location.ofFile(name), e.getMessage());
            return new LoadedFile(name, List.of(), List.of(), diagnostics.sorted());
        } catch (CharacterCodingException e) {
            diagnostics.error(Location.ofFile(name), "the file is not UTF-8 text; save it as UTF-8");
            return new LoadedFile(name, List.of(), List.of(), diagnostics.sorted());
        } catch (IOException e) {
            diagnostics.error(Location.ofFile(name), "cannot read the file: " + e.getMessage());
            return new LoadedFile(name, List.of(), List.of(), diagnostics.sorted());
        }
        return load(name, text);
    }

    /** Reads {@code text} as the content of a file named {@code file}. */
    /**
     * The file's bytes, read no further than the character limit can need (4 bytes a character in UTF-8): a
     * file of gigabytes, or a device such as {@code /dev/zero}, is refused without being held in memory.
     */
    private byte[] readBounded(Path path) throws IOException, TooLong {
        long maxBytes = 4L * limits.maxCodePoints();
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) {
            throw new TooLong("the file is longer than " + maxBytes + " bytes, more than the limit of "
                    + limits.maxCodePoints() + " characters can take; split it or shorten it");
        }
        return bytes;
    }

    private static final class TooLong extends Exception {
        private static final long serialVersionUID = 1L;

        TooLong(String message) {
            super(message);
        }
    }

    public LoadedFile load(String file, String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<ArgoDocument> documents = new ArrayList<>();
        List<LoadedFile.OtherDocument> others = new ArrayList<>();
        List<YNode> nodes;
        try {
            nodes = yaml.loadAll(file, text);
        } catch (YamlException e) {
            diagnostics.error(e.location(), e.problem());
            return new LoadedFile(file, List.of(), List.of(), diagnostics.sorted());
        }
        if (nodes.isEmpty()) {
            diagnostics.error(Location.ofFile(file), "the file holds no document; expected a Workflow");
        }
        ModelReader reader = new ModelReader(diagnostics);
        for (YNode node : nodes) {
            document(node, reader, documents, others);
        }
        return new LoadedFile(file, documents, others, diagnostics.sorted());
    }

    private static void document(YNode node, ModelReader r, List<ArgoDocument> documents,
            List<LoadedFile.OtherDocument> others) {
        if (!(node instanceof YMap map)) {
            r.error(node.location(), "a document must be a mapping with apiVersion, kind, metadata and spec, not a "
                    + node.kindName());
            return;
        }
        Fields f = r.fields(map, "document");
        String apiVersion = f.string("apiVersion");
        String kind = f.string("kind");
        if (kind == null || kind.isEmpty()) {
            r.error(map.location(), "the document has no kind; add 'kind: Workflow' (or WorkflowTemplate, "
                    + "ClusterWorkflowTemplate, CronWorkflow)");
            return;
        }
        boolean workflowKind = switch (kind) {
            case Workflow.KIND, WorkflowTemplate.KIND, ClusterWorkflowTemplate.KIND, CronWorkflow.KIND -> true;
            default -> false;
        };
        boolean argoApi = apiVersion != null && apiVersion.startsWith("argoproj.io/");
        if (!workflowKind || (!argoApi && apiVersion != null)) {
            if (argoApi && !OTHER_ARGO_KINDS.contains(kind)) {
                r.error(f.keyLocation("kind"), "unknown Argo kind '" + kind + "'; expected Workflow, WorkflowTemplate, "
                        + "ClusterWorkflowTemplate or CronWorkflow");
            }
            others.add(new LoadedFile.OtherDocument(apiVersion, kind, map.location()));
            return;
        }
        if (!ArgoDocument.API_VERSION.equals(apiVersion)) {
            r.error(apiVersion == null ? map.location() : f.map().get("apiVersion").orElseThrow().location(),
                    "apiVersion must be " + ArgoDocument.API_VERSION + " for a " + kind
                            + (apiVersion == null ? "; add it" : ", not " + apiVersion));
        }
        ObjectMeta meta = f.object("metadata", SpecReaders::objectMeta);
        if (meta == null) {
            meta = new ObjectMeta(null, null, null, java.util.Map.of(), java.util.Map.of(), YMap.empty(map.location()),
                    map.location());
        }
        f.known("status");
        YNode specNode = f.raw("spec");
        f.finish();
        if (specNode == null) {
            r.error(map.location(), "the " + kind + " has no spec; add spec with templates and an entrypoint");
            specNode = YMap.empty(map.location());
        }
        String version = apiVersion == null ? ArgoDocument.API_VERSION : apiVersion;
        documents.add(switch (kind) {
            case CronWorkflow.KIND -> new CronWorkflow(version, meta, SpecReaders.cronSpec(specNode, r), map, map.location());
            case WorkflowTemplate.KIND -> new WorkflowTemplate(version, meta, spec(specNode, r), map, map.location());
            case ClusterWorkflowTemplate.KIND -> new ClusterWorkflowTemplate(version, meta, spec(specNode, r),
                    map, map.location());
            default -> new Workflow(version, meta, spec(specNode, r), map, map.location());
        });
    }

    private static WorkflowSpec spec(YNode node, ModelReader r) {
        return SpecReaders.spec(node, r);
    }
}
