package io.jenkins.plugins.argoworkflow.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the inputs of bench/lint-bench.sh: a valid ~5 MB workflow and a billion-laughs alias bomb.
 *
 * <p>Uses the JDK only, so that the script can run it as a single source file ({@code java LintBenchInputs.java
 * DIR}) without a build. The loader's limit tests and the CLI tests (through the engine's test-jar) use the
 * same inputs, so the benchmark measures what the tests check.
 */
public final class LintBenchInputs {

    public static final String LARGE = "large-workflow.yaml";
    public static final String BOMB = "billion-laughs.yaml";

    /** 1,000 stages make 2,001 templates and about 5 MB. */
    public static final int STAGES = 1_000;

    private LintBenchInputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java LintBenchInputs.java DIR");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        write(dir);
    }

    public static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(LARGE), largeWorkflow(STAGES));
        Files.writeString(dir.resolve(BOMB), billionLaughs());
    }

    /** Nine levels of ten aliases over ten strings: 90 aliases that name 10^10 strings once expanded. */
    public static String billionLaughs() {
        StringBuilder y = new StringBuilder("a: &a [" + "\"lol\",".repeat(9) + "\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            y.append(c).append(": &").append(c).append(" [")
                    .append(("*" + previous + ",").repeat(9)).append('*').append(previous).append("]\n");
            previous = c;
        }
        return y.toString();
    }

    /**
     * A valid workflow of realistic shape: {@code main} runs every stage as a step; each stage is a steps
     * template that passes a parameter to its own script template, whose source is some 70 lines long.
     * About 2.5 kB per template, so 1,000 stages (2,001 templates) make about 5 MB.
     */
    public static String largeWorkflow(int stages) {
        StringBuilder y = new StringBuilder(stages * 5_200);
        y.append("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: large-
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                    - name: greeting
                      value: hello
                  templates:
                  - name: main
                    steps:
                """);
        for (int i = 0; i < stages; i++) {
            y.append("""
                        - - name: stage-%1$d
                            template: stage-%1$d
                            arguments:
                              parameters:
                              - name: message
                                value: "{{workflow.parameters.greeting}} %1$d"
                    """.formatted(i));
        }
        for (int i = 0; i < stages; i++) {
            stage(y, i);
        }
        return y.toString();
    }

    private static void stage(StringBuilder y, int i) {
        y.append("""
                  - name: stage-%1$d
                    inputs:
                      parameters:
                      - name: message
                    steps:
                    - - name: run
                        template: script-%1$d
                        arguments:
                          parameters:
                          - name: message
                            value: "{{inputs.parameters.message}}"
                  - name: script-%1$d
                    inputs:
                      parameters:
                      - name: message
                    outputs:
                      parameters:
                      - name: result
                        valueFrom:
                          path: /tmp/result-%1$d.txt
                    script:
                      image: python:3.12-alpine
                      command: [python]
                      source: |
                        import json
                        message = "{{inputs.parameters.message}}"
                """.formatted(i));
        for (int line = 0; line < 70; line++) {
            y.append("        total_%d = sum(range(%d))  # work item %d of stage %d\n".formatted(line, line, line, i));
        }
        y.append("        open('/tmp/result-%d.txt', 'w').write(json.dumps({'message': message}))\n".formatted(i));
    }
}
