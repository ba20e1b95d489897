package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.model.Parameter;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.run.NodeIo;
import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a finished node's output parameters from the files its template names ({@code valueFrom.path}),
 * through the node's own file system view, as Argo's wait container reads them from the pod.
 */
final class OutputParameters {

    /** The most bytes a parameter file may hold; the file is never read past it (it may be {@code /dev/zero}). */
    static final int MAX_BYTES = OutputLimits.PARAMETER_BYTES;

    private OutputParameters() {
    }

    /**
     * The output parameters with a {@code path}; a missing file takes {@code valueFrom.default}, else the
     * node errs as in Argo. Other sources ({@code expression}, {@code supplied}...) are the engine's.
     */
    static List<NodeIo.Parameter> collect(Template template, NodeFileSystem fs) throws LaunchException {
        List<NodeIo.Parameter> values = new ArrayList<>();
        if (template.outputs() == null) {
            return values;
        }
        for (Parameter parameter : template.outputs().parameters()) {
            if (parameter.valueFrom() == null || parameter.valueFrom().path() == null) {
                continue;
            }
            values.add(new NodeIo.Parameter(parameter.name(), read(parameter, fs)));
        }
        return values;
    }

    private static String read(Parameter parameter, NodeFileSystem fs) throws LaunchException {
        String path = parameter.valueFrom().path();
        Path file = fs.hostPath(path);
        try {
            String text = readBounded(parameter, path, file);
            // Argo's executor trims exactly one trailing newline, for the convenience of `echo x > file`.
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (NoSuchFileException e) {
            if (parameter.valueFrom().defaultValue() != null) {
                return parameter.valueFrom().defaultValue();
            }
            throw LaunchException.error("output parameter '" + parameter.name() + "': open " + path
                    + ": no such file or directory; write the file or give valueFrom.default");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw LaunchException.error("output parameter '" + parameter.name() + "': " + path
                        + " is a directory; a parameter is read from a file");
            }
            throw LaunchException.error("output parameter '" + parameter.name() + "': cannot read " + path
                    + ": " + e.getMessage());
        }
    }

    private static String readBounded(Parameter parameter, String path, Path file) throws IOException,
            LaunchException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw LaunchException.error(OutputLimits.parameterTooBig(parameter.name(), path));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
