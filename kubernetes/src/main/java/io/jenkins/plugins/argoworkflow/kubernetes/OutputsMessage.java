package io.jenkins.plugins.argoworkflow.kubernetes;

import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outputs emissary.sh packs after main: in main's termination message when they fit, else read from the
 * wait container by exec. One entry a line: {@code exitCode N}, {@code result B64}, {@code parameter NAME B64},
 * {@code parameter-too-big NAME} (a file over {@link OutputLimits#PARAMETER_BYTES}, not copied),
 * {@code artifact NAME}, after the header {@code argo-workflow/outputs v1}; the header followed by
 * {@code exec} says the outputs are too big for the message. The controller reads no more of it than
 * {@link #maxBytes} allows and checks each value against {@link OutputLimits} again, so that a pod whose
 * scripts were tampered with still cannot make it hold more.
 */
final class OutputsMessage {

    static final String HEADER = "argo-workflow/outputs v1";
    static final String EXEC = HEADER + " exec";

    /** Room for the header, exit code, names and line ends, beyond the encoded values. */
    private static final int MARGIN = 64 * 1024;

    private final String result;
    private final Map<String, String> parameters;
    private final Set<String> tooBig;
    private final List<String> artifacts;

    private OutputsMessage(String result, Map<String, String> parameters, Set<String> tooBig, List<String> artifacts) {
        this.result = result;
        this.parameters = parameters;
        this.tooBig = tooBig;
        this.artifacts = artifacts;
    }

    /**
     * The most bytes the outputs of a pod running {@code template} can take: a result and each declared
     * parameter at their bounds, base64-encoded, plus a margin for the names.
     */
    static long maxBytes(Template template) {
        long size = MARGIN + base64(OutputLimits.RESULT_BYTES);
        for (Parameter p : template.outputs().parameters()) {
            size += p.name().length() + base64(OutputLimits.PARAMETER_BYTES) + 32;
        }
        for (var a : template.outputs().artifacts()) {
            size += a.name().length() + 32;
        }
        return size;
    }

    private static long base64(long bytes) {
        return 4 * ((bytes + 2) / 3);
    }

    /** The error for outputs longer than {@link #maxBytes}: the pod's executor scripts did not write them. */
    static String tooLong(String podName, long max) {
        return "the outputs of pod " + podName + " are longer than " + max + " bytes, more than its template's"
                + " result (" + OutputLimits.RESULT_BYTES + " bytes) and parameters (" + OutputLimits.PARAMETER_BYTES
                + " bytes each) can take; something in the pod other than its executor scripts wrote them";
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

    /**
     * Parses the outputs of pod {@code podName}, which runs {@code template}.
     *
     * @throws OutputsException when they are longer than {@link #maxBytes} or a value is over its bound
     */
    static OutputsMessage parse(String text, Template template, String podName) throws OutputsException {
        long max = maxBytes(template);
        if (text.length() > max) {
            throw new OutputsException(tooLong(podName, max));
        }
        String result = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        Set<String> tooBig = new LinkedHashSet<>();
        List<String> artifacts = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "result" -> result = decode(f.length > 1 ? f[1] : "", OutputLimits.RESULT_BYTES, "the result",
                        podName);
                case "parameter" -> parameters.put(f[1], decode(f.length > 2 ? f[2] : "", OutputLimits.PARAMETER_BYTES,
                        "output parameter '" + f[1] + "'", podName));
                case "parameter-too-big" -> tooBig.add(f[1].strip());
                case "artifact" -> artifacts.add(f[1].strip());
                default -> {
                    // The header and exitCode (the container status has it).
                }
            }
        }
        return new OutputsMessage(result, parameters, tooBig, artifacts);
    }

    private static String decode(String b64, int max, String what, String podName) throws OutputsException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(b64.strip());
        } catch (IllegalArgumentException e) {
            throw new OutputsException("the outputs of pod " + podName + " give " + what + " not in base64: "
                    + e.getMessage() + "; something in the pod other than its executor scripts wrote them");
        }
        if (bytes.length > max) {
            throw new OutputsException("the outputs of pod " + podName + " give " + what + " " + bytes.length
                    + " bytes, more than the " + max + " it may hold; something in the pod other than its executor"
                    + " scripts wrote them");
        }
        return new String(bytes, StandardCharsets.UTF_8);
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
            if (tooBig.contains(p.name())) {
                throw new OutputsException(OutputLimits.parameterTooBig(p.name(), p.valueFrom().path()));
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
