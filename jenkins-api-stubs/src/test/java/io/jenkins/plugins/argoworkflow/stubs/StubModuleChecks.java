package io.jenkins.plugins.argoworkflow.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps a module of stubs what docs/STUBS.md says they are: each names the real source it was checked against, none
 * has behaviour, and their compiled API changes only together with the module's committed signature list (which is
 * what a reviewer compares with the real declarations). Each stub module's {@code StubsTest} extends this (the test
 * jar of jenkins-api-stubs carries it), naming one of its classes.
 */
public abstract class StubModuleChecks {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path SIGNATURES = Path.of("src/test/resources/stub-signatures.txt");

    /** Run with {@code -Dstubs.updateSignatures=true} to rewrite the list after a checked stub change. */
    static final boolean UPDATE = Boolean.getBoolean("stubs.updateSignatures");

    private static final Pattern HEADER = Pattern.compile(
            "\\A/\\*(.*?)\\*/\\s*package ", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile(
            "Checked against (?:jenkinsci/[\\w-]+|google/guava)[ ,].*?(?:tags? jenkins-2\\.541\\.3|\\d[\\w.]*[_.]v?[0-9a-f]{6,}|commit [0-9a-f]{7,}|33\\.5\\.0-jre|\\d+\\.\\d+)",
            Pattern.DOTALL);
    /** A method or constructor body: a closing parenthesis, an optional throws clause, then a brace. */
    private static final Pattern BODY_START = Pattern.compile("\\)\\s*(?:throws [\\w.,\\s]+)?\\{");
    private static final Pattern STUB_BODY = Pattern.compile(
            "\\s*(?:super\\([^;{}]*\\);\\s*)?throw new UnsupportedOperationException\\(\"stub\"\\);\\s*");
    /** A block that follows a statement, a block or {@code static}: an initializer. */
    private static final Pattern INITIALIZER = Pattern.compile("(?:[;{}]|\\bstatic)\\s*\\{");
    private static final Pattern FIELD_VALUE = Pattern.compile("=\\s*([^;]+);");

    @Test
    public void compiledStubsMatchTheCommittedSignatureList() throws Exception {
        List<String> actual = StubSignatures.of(classesDir());
        if (UPDATE) {
            Files.write(SIGNATURES, actual, StandardCharsets.UTF_8);
        }
        List<String> committed = Files.readAllLines(SIGNATURES, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("the stubs' compiled API differs from %s: check the changed members against the real source "
                        + "(docs/STUBS.md), then regenerate the list with -Dstubs.updateSignatures=true", SIGNATURES)
                .containsExactlyElementsOf(committed);
    }

    @Test
    public void everyStubNamesTheSourceAndVersionItWasCheckedAgainst() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : stubSources()) {
            String text = Files.readString(file);
            Matcher header = HEADER.matcher(text);
            String name = file.getFileName().toString();
            if (!header.find()) {
                problems.add(file + ": no header comment before the package declaration");
                continue;
            }
            String comment = header.group(1).replaceAll("\\s*\\*\\s*", " ");
            if (!SOURCE.matcher(comment).find()) {
                problems.add(file + ": header names no repository and tag/version/commit ('Checked against <repo>, <tag>')");
            }
            if (!comment.contains("/" + name) && !comment.contains(" " + name)) {
                problems.add(file + ": header names no source file " + name);
            }
        }
        assertThat(problems).as("stub headers").isEmpty();
    }

    @Test
    public void everyStubBodyThrowsAndNoFieldHoldsAValue() throws IOException {
        List<String> problems = new ArrayList<>();
        int bodies = 0;
        for (Path file : stubSources()) {
            String code = withoutComments(Files.readString(file));
            Matcher m = BODY_START.matcher(code);
            while (m.find()) {
                int open = m.end() - 1;
                int close = matchingBrace(code, open);
                String body = code.substring(open + 1, close);
                bodies++;
                if (!STUB_BODY.matcher(body).matches()) {
                    problems.add(file + ": body does more than throw: {" + body.strip() + "}");
                }
            }
            Matcher v = FIELD_VALUE.matcher(code);
            while (v.find()) {
                String value = v.group(1).strip();
                if (!value.equals("null") && !value.matches("-?\\d+L?")) {
                    problems.add(file + ": a field holds a value: = " + value);
                }
            }
            if (INITIALIZER.matcher(code).find()) {
                problems.add(file + ": has an initializer block");
            }
        }
        assertThat(bodies).as("method and constructor bodies found").isGreaterThanOrEqualTo(minimumBodies());
        assertThat(problems).as("stub bodies").isEmpty();
    }

    static List<Path> stubSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    static int matchingBrace(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces from offset " + open);
    }

    /** A class of the module under test: where it was loaded from is the module's compiled stubs. */
    protected abstract Class<?> aStub();

    /** How many method and constructor bodies the module has at least (so that a broken scan cannot pass). */
    protected abstract int minimumBodies();

    protected final Path classesDir() throws URISyntaxException {
        return classesDirOf(aStub());
    }

    static Path classesDirOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
