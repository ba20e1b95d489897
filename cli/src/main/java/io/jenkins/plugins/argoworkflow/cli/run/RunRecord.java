package io.jenkins.plugins.argoworkflow.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * How a run with a state directory was started, kept beside its journal ({@value #FILE}) so that
 * {@code argowf recover} can start it again the same way: the command line with every path made absolute
 * (so recovery works from any directory), and a digest of the workflow file (so a file changed since is
 * reported).
 */
public record RunRecord(List<String> args, String workflowFile, String workflowSha256) {

    public static final String FILE = "argowf-run.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The record of the command line {@code parsed}, whose workflow file is {@code workflow}. */
    public static RunRecord of(ParseResult parsed, Path workflow, List<String> leftOut) throws IOException {
        List<String> args = new ArrayList<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            if (leftOut.contains(option.longestName())) {
                continue;
            }
            boolean paths = isPath(option.type()) || option.auxiliaryTypes().length > 0
                    && isPath(option.auxiliaryTypes()[option.auxiliaryTypes().length - 1]);
            for (String value : option.originalStringValues()) {
                args.add(option.longestName());
                args.add(paths ? Path.of(value).toAbsolutePath().normalize().toString() : value);
            }
        }
        for (PositionalParamSpec positional : parsed.matchedPositionals()) {
            for (String value : positional.originalStringValues()) {
                args.add(isPath(positional.type()) ? Path.of(value).toAbsolutePath().normalize().toString() : value);
            }
        }
        Path file = workflow.toAbsolutePath().normalize();
        return new RunRecord(args, file.toString(), sha256(file));
    }

    private static boolean isPath(Class<?> type) {
        return Path.class.equals(type);
    }

    public void write(Path stateDir) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("args", args);
        json.put("workflowFile", workflowFile);
        json.put("workflowSha256", workflowSha256);
        Files.writeString(stateDir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    /** The record in {@code stateDir}; an IOException that says what is missing when there is none. */
    public static RunRecord read(Path stateDir) throws IOException {
        Path file = stateDir.resolve(FILE);
        if (!Files.isReadable(file)) {
            throw new IOException(stateDir + " holds no run to recover (no " + FILE + "); pass the --state-dir of an "
                    + "`argowf run`");
        }
        return JSON.readValue(file.toFile(), RunRecord.class);
    }

    /** Whether the workflow file still has the content the run started with. */
    public boolean workflowUnchanged() throws IOException {
        Path file = Path.of(workflowFile);
        return Files.isReadable(file) && sha256(file).equals(workflowSha256);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
