package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineScriptTest {

    @Test
    void runsTheYamlWithTheStepPassingTheBuildsValuesOfTheDeclaredParameters() {
        String yaml = Fixtures.text("parameters.yaml");

        String script = PipelineScript.of(yaml);

        assertThat(script).contains("for (name in ['tag', 'env', 'required']) {")
                .contains("if (params.containsKey(name)) {")
                .endsWith("argoWorkflow text: " + PipelineScript.literal(yaml) + ", parameters: argoParameters\n");
    }

    @Test
    void declaresTheWorkflowsParametersAsBuildParametersWithTheirValuesAndDescriptions() {
        String script = PipelineScript.of(Fixtures.text("parameters.yaml"));

        assertThat(script).contains("properties([parameters([\n"
                + "  string(name: 'tag', defaultValue: 'latest', description: 'the image\\'s tag', trim: false),\n"
                + "  choice(name: 'env', choices: ['staging', 'dev', 'prod'], description: ''),\n"
                + "  string(name: 'required', defaultValue: '', description: '', trim: false)\n"
                + "])])\n");
    }

    @Test
    void aWorkflowWithLintErrorsStillDeclaresItsParametersAndTheStepReportsTheErrors() {
        String yaml = Fixtures.text("broken-parameters.yaml");

        assertThat(CheckedWorkflow.of("workflow", yaml).runnable()).isFalse();
        assertThat(PipelineScript.declaredParameters(yaml)).extracting(p -> p.name())
                .containsExactly("tag", "env", "required");
    }

    @Test
    void aWorkflowWithoutParametersDeclaresNone() {
        assertThat(PipelineScript.of(Fixtures.text("approval.yaml"))).contains("properties([])\n")
                .contains("for (name in []) {");
    }

    @Test
    void yamlThatDoesNotLoadStillReachesTheStepWhichNamesItsProblems() {
        String broken = "kind: Workflow\nspec: [unclosed\n";

        assertThat(PipelineScript.declaredParameters(broken)).isEmpty();
        assertThat(PipelineScript.of(broken)).contains("argoWorkflow text: 'kind: Workflow\\nspec: [unclosed\\n'");
    }

    @Test
    void aLiteralKeepsQuotesBackslashesAndGroovySyntaxAsText() {
        String tricky = "a'b\\c\n${x}\r\t'''\\u0041\u0001";

        String literal = PipelineScript.literal(tricky);

        assertThat(literal).isEqualTo("'a\\'b\\\\c\\n${x}\\r\\t\\'\\'\\'\\\\u0041\\u0001'");
        assertThat(unescape(literal)).isEqualTo(tricky);
    }

    @Test
    void aLiteralIsOneLineWhateverTheText() {
        assertThat(PipelineScript.literal("x\ny\u2028z\u2029")).doesNotContain("\n", "\u2028", "\u2029");
    }

    /** Reads a single-quoted Groovy literal back as Groovy does, for the escapes that literal() writes. */
    private static String unescape(String literal) {
        assertThat(literal).startsWith("'").endsWith("'");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\'') {
                throw new AssertionError("unescaped quote at " + i + " ends the literal early: " + literal);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
