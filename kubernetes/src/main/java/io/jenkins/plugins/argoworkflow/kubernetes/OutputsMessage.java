package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs emissary.sh packs after main: in main's termination message when they fit, else read from the
 * wait container by exec. One entry a line: {@code exitCode N}, {@code result B64}, {@code parameter NAME B64},
 * {@code artifact NAME}, after the header {@code argo-workflow/outputs v1}; the header followed by
 * {@code exec} says the outputs are too big for the message.
 */
final class OutputsMessage {

    static final String HEADER = "argo-workflow/outputs v1";
    static final String EXEC = HEADER + " exec";

    private final String result;
    private final Map<String, String> parameters;
    private final List<String> artifacts;

    private OutputsMessage(String result, Map<String, String> parameters, List<String> artifacts) {
        this.result = result;
        this.parameters = parameters;
        this.artifacts = artifacts;
    }

    /** Whether main packed artifacts, which wait holds until the controller reads them. */
    boolean hasArtifacts() {
        return !artifacts.isEmpty();
    }

    static boolean isOutputs(String message) {
        return message != null && message.startsWith(HEADER);
    }

    static boolean isExec(String message) {
        return message != null && message.strip().equals(EXEC);
    }

    static OutputsMessage parse(String text) {
        String result = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> artifacts = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "result" -> result = decode(f.length > 1 ? f[1] : "");
                case "parameter" -> parameters.put(f[1], decode(f.length > 2 ? f[2] : ""));
                case "artifact" -> artifacts.add(f[1].strip());
                default -> {
                    // The header and exitCode (the container status has it).
                }
            }
        }
        return new OutputsMessage(result, parameters, artifacts);
    }

    private static String decode(String b64) {
        return new String(Base64.getDecoder().decode(b64.strip()), StandardCharsets.UTF_8);
    }

    /**
     * The node's outputs: result and parameters with one trailing newline trimmed, as Argo's executor trims
     * them; a parameter whose file was missing takes {@code valueFrom.default}.
     *
     * @throws OutputsException for a missing parameter without a default, with Argo's message
     */
    NodeIo toNodeIo(Template template, int exitCode, List<NodeIo.Artifact> savedArtifacts) throws OutputsException {
        List<NodeIo.Parameter> values = new ArrayList<>();
        for (Parameter p : template.outputs().parameters()) {
            if (p.valueFrom() == null || p.valueFrom().path() == null) {
                continue;
            }
            String value = parameters.get(p.name());
            if (value == null) {
                if (p.valueFrom().defaultValue() == null) {
                    throw new OutputsException("output parameter '" + p.name() + "': open " + p.valueFrom().path()
                            + ": no such file or directory; write the file or give valueFrom.default");
                }
                value = p.valueFrom().defaultValue();
            } else {
                value = trim(value);
            }
            values.add(new NodeIo.Parameter(p.name(), value));
        }
        return new NodeIo(values, savedArtifacts, result == null ? null : trim(result), Integer.toString(exitCode));
    }

    private static String trim(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Outputs the template declares that the pod did not produce. */
    static final class OutputsException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputsException(String message) {
            super(message);
        }
    }
}
