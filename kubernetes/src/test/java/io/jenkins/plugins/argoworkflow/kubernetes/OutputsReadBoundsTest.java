package io.jenkins.plugins.argoworkflow.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.spi.OutputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's reads from a pod stop at their bounds, however much the pod sends. */
class OutputsReadBoundsTest {

    @TempDir
    Path tmp;

    @Test
    void anOutputsSummaryLongerThanTheTemplateCanProduceIsRefusedWithoutReadingIt() throws Exception {
        long max = OutputsMessage.maxBytes(template());
        CountingZeros endless = new CountingZeros();
        InputStream wait = new SequenceInputStream(new java.io.ByteArrayInputStream(header(4L << 30)), endless);

        assertThatThrownBy(() -> OutputArtifacts.read(wait, tmp, max, "bounds-1"))
                .isInstanceOf(OutputsMessage.OutputsException.class)
                .hasMessage(OutputsMessage.tooLong("bounds-1", max));
        assertThat(endless.read).isLessThan(64 * 1024);
    }

    @Test
    void anOutputsSummaryAtTheTemplatesBoundsIsRead() throws Exception {
        Template t = template();
        String summary = OutputsMessage.HEADER + "\nexitCode 0\nresult "
                + Base64.getEncoder().encodeToString(new byte[OutputLimits.RESULT_BYTES]) + "\nparameter p "
                + Base64.getEncoder().encodeToString("y".repeat(OutputLimits.PARAMETER_BYTES).getBytes(
                        StandardCharsets.UTF_8)) + "\n";
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
            byte[] bytes = summary.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry("outputs");
            e.setSize(bytes.length);
            out.putArchiveEntry(e);
            out.write(bytes);
            out.closeArchiveEntry();
        }

        OutputArtifacts.Collected read = OutputArtifacts.read(new java.io.ByteArrayInputStream(tar.toByteArray()), tmp,
                OutputsMessage.maxBytes(t), "bounds-1");

        OutputsMessage parsed = OutputsMessage.parse(read.outputs(), t, "bounds-1");
        assertThat(parsed.toNodeIo(t, 0, List.of()).parameters().get(0).value()).hasSize(OutputLimits.PARAMETER_BYTES);
    }

    @Test
    void aTerminationMessageGivingAResultOverItsBoundIsRefused() {
        String message = OutputsMessage.HEADER + "\nresult "
                + Base64.getEncoder().encodeToString(new byte[OutputLimits.RESULT_BYTES + 1]) + "\n";

        assertThatThrownBy(() -> OutputsMessage.parse(message, template(), "bounds-1"))
                .isInstanceOf(OutputsMessage.OutputsException.class)
                .hasMessageContaining("give the result " + (OutputLimits.RESULT_BYTES + 1) + " bytes, more than the "
                        + OutputLimits.RESULT_BYTES);
    }

    @Test
    void aParameterTheEmissaryRefusedEndsWithTheLocalRuntimesMessage() throws Exception {
        OutputsMessage parsed = OutputsMessage.parse(OutputsMessage.HEADER + "\nparameter-too-big p\n", template(),
                "bounds-1");

        assertThatThrownBy(() -> parsed.toNodeIo(template(), 0, List.of()))
                .isInstanceOf(OutputsMessage.OutputsException.class)
                .hasMessage(OutputLimits.parameterTooBig("p", "/tmp/p.txt"));
    }

    @Test
    void aLogWithoutNewlinesIsPassedOnInBoundedPieces() throws IOException {
        List<String> lines = new ArrayList<>();
        List<LogLines.End> ends = new ArrayList<>();
        int size = 3 * OutputLimits.LOG_LINE_BYTES + 10;

        LogLines.split(new java.io.ByteArrayInputStream(("a".repeat(size) + "\nb\r\nc").getBytes(StandardCharsets.UTF_8)),
                (line, end) -> {
                    lines.add(line);
                    ends.add(end);
                });

        assertThat(lines).hasSize(6);
        assertThat(ends).containsExactly(LogLines.End.CUT, LogLines.End.CUT, LogLines.End.CUT, LogLines.End.NEWLINE,
                LogLines.End.NEWLINE, LogLines.End.STREAM);
        assertThat(lines.subList(0, 3)).allMatch(l -> l.length() == OutputLimits.LOG_LINE_BYTES);
        assertThat(lines.subList(3, 6)).containsExactly("a".repeat(10), "b", "c");
    }

    @Test
    void anExecsSideChannelKeepsOnlyItsFirstBytes() {
        BoundedOutput err = new BoundedOutput(4);

        err.write("abcdefgh".getBytes(StandardCharsets.UTF_8), 0, 8);
        err.write('i');

        assertThat(err.overflowed()).isTrue();
        assertThat(err.toByteArray()).asString(StandardCharsets.UTF_8).isEqualTo("abcd");
        assertThat(err.toString()).isEqualTo("abcd [5 more bytes dropped]");
    }

    private Template template() throws IOException {
        Path file = tmp.resolve("wf.yaml");
        Files.writeString(file, """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  name: bounds
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: alpine:3.20
                        command: ["true"]
                      outputs:
                        parameters:
                          - name: p
                            valueFrom: {path: /tmp/p.txt}
                """);
        return Fixtures.load(file).workflow().spec().templates().get(0);
    }

    /** A tar header for an {@code outputs} entry claiming {@code size} bytes, without its content. */
    private static byte[] header(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TarArchiveOutputStream out = new TarArchiveOutputStream(bytes);
        out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        TarArchiveEntry e = new TarArchiveEntry("outputs");
        e.setSize(size);
        out.putArchiveEntry(e);
        out.flush();
        return bytes.toByteArray();
    }

    /** Zeros without end, counting what was read. */
    private static final class CountingZeros extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            read += len;
            return len;
        }
    }
}
