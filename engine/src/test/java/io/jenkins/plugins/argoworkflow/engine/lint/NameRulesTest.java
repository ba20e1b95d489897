package io.jenkins.plugins.argoworkflow.engine.lint;

import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertError;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertNoErrors;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.assertWarning;
import static io.jenkins.plugins.argoworkflow.engine.lint.LintFixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRulesTest {

    private static final String HEAD = """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata: {name: lib}
            spec:
              templates:
            """;

    @Test
    void templateNameWithAnUnderscoreIsInvalid() {
        var d = lint(HEAD + """
                  - name: my_template
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 6, 11, "name 'my_template' is invalid", "alpha-numeric characters or '-'");
    }

    @ParameterizedTest(name = "''{0}'' is a field name: {1}")
    @CsvSource({
        "a, true", "A9-z, true", "9, true", "a--b-, true",
        "'', false", "-a, false", "a_b, false", "a.b, false", "a b, false", "ü, false", "a{, false"
    })
    void fieldNamesAreArgosAlphaNumericsAndDashesNotStartingWithADash(String name, boolean valid) {
        assertThat(NameRules.isFieldName(name)).isEqualTo(valid);
    }

    @Test
    void templateNameLongerThan128CharactersIsInvalid() {
        String name = "a".repeat(129);
        var d = lint(HEAD + "  - name: " + name + "\n    container: {image: alpine, command: [echo]}\n");
        assertError(d, 6, 11, "no more than 128 characters");
    }

    @Test
    void duplicateTemplateNamesAreReportedAtTheSecond() {
        var d = lint(HEAD + """
                  - name: a
                    container: {image: alpine, command: [echo]}
                  - name: a
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 8, 11, "name 'a' is not unique");
    }

    @Test
    void templateWithoutNameIsReported() {
        var d = lint(HEAD + """
                  - container: {image: alpine, command: [echo]}
                """);
        assertError(d, 6, 5, "spec.templates[0].name is required");
    }

    @Test
    void templateWithoutTypeOrWithTwoTypesIsReported() {
        var d = lint(HEAD + """
                  - name: none
                    inputs: {}
                  - name: two
                    container: {image: alpine, command: [echo]}
                    suspend: {}
                """);
        assertError(d, 6, 5, "templates.none template type unspecified");
        assertError(d, 8, 5, "templates.two multiple template types specified", "container, suspend");
    }

    @Test
    void httpTemplateIsValidButWarnedAsNotSupportedYet() {
        var d = lint(HEAD + """
                  - name: call
                    http: {url: "https://example.com"}
                """);
        assertNoErrors(d);
        assertWarning(d, 7, 5, "'http' template", "not supported yet by argowf");
    }

    @Test
    void containerSetTemplateIsSupported() {
        var d = lint(HEAD + """
                  - name: set
                    containerSet:
                      containers:
                      - {name: main, image: alpine, command: [echo]}
                """);
        assertThat(d).isEmpty();
    }

    @Test
    void stepNamesMustBeUniqueAcrossTheGroupsOfATemplate() {
        var d = lint(HEAD + """
                  - name: main
                    steps:
                    - - name: a
                        template: leaf
                    - - name: a
                        template: leaf
                  - name: leaf
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 10, 15, "templates.main.steps[1].name 'a' is not unique");
    }

    @Test
    void taskNameStartingWithADigitIsInvalidWhenTheDagUsesDependencies() {
        var d = lint(HEAD + """
                  - name: main
                    dag:
                      tasks:
                      - name: 1st
                        template: leaf
                      - name: b
                        depends: 1st
                        template: leaf
                  - name: leaf
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 9, 15, "name cannot begin with a digit");
    }

    @Test
    void parameterNameWithADotIsInvalidAndDuplicatesAreReported() {
        var d = lint(HEAD + """
                  - name: leaf
                    inputs:
                      parameters:
                      - name: a.b
                      - name: c
                      - name: c
                    container: {image: alpine, command: [echo]}
                """);
        assertError(d, 9, 15, "inputs.parameters[0].name: 'a.b' is invalid");
        assertError(d, 11, 15, "inputs.parameters[2].name 'c' is not unique");
    }
}
