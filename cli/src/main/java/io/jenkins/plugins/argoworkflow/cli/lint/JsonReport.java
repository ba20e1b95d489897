package io.jenkins.plugins.argoworkflow.cli.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jenkins.plugins.argoworkflow.engine.diag.Diagnostic;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * A JSON array of {@code {file, line, column, severity, message}}, for tools. Line and column are 0 when a
 * diagnostic is about a whole file (it cannot be read, it holds no document).
 */
public final class JsonReport implements Report {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void write(LintResult result, PrintWriter out) {
        ArrayNode array = mapper.createArrayNode();
        for (Diagnostic d : result.diagnostics()) {
            array.addObject()
                    .put("file", d.location().file())
                    .put("line", d.location().line())
                    .put("column", d.location().column())
                    .put("severity", d.severity().label())
                    .put("message", d.message());
        }
        try {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
