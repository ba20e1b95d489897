package io.jenkins.plugins.argoworkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import hudson.util.FormValidation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** The form check, with Jenkins's FormValidation factories replaced by mocks that record what they are told. */
class TextValidationTest {

    private final FormValidation ok = mock(FormValidation.class);
    private final FormValidation error = mock(FormValidation.class);
    private final FormValidation warning = mock(FormValidation.class);
    private final List<String> messages = new ArrayList<>();
    private MockedStatic<FormValidation> factories;

    @BeforeEach
    void replaceFactories() {
        factories = mockStatic(FormValidation.class);
        factories.when(FormValidation::ok).thenReturn(ok);
        factories.when(() -> FormValidation.error(anyString())).thenAnswer(a -> {
            messages.add(a.getArgument(0));
            return error;
        });
        factories.when(() -> FormValidation.warning(anyString())).thenAnswer(a -> {
            messages.add(a.getArgument(0));
            return warning;
        });
    }

    @AfterEach
    void restoreFactories() {
        factories.close();
    }

    @Test
    void noTextYetIsNotAnError() {
        assertThat(TextValidation.of(null)).isSameAs(ok);
        assertThat(TextValidation.of("  \n")).isSameAs(ok);
    }

    @Test
    void aValidWorkflowIsOk() {
        assertThat(TextValidation.of(Fixtures.text("release.yaml"))).isSameAs(ok);
    }

    @Test
    void aLintErrorIsShownAtItsLineAndColumn() {
        assertThat(TextValidation.of(Fixtures.text("missing-template.yaml"))).isSameAs(error);
        assertThat(messages).singleElement().asString().startsWith("11:19: ").contains("biuld");
    }

    @Test
    void aSyntaxErrorIsShownAtItsLineAndColumn() {
        assertThat(TextValidation.of("kind: Workflow\nspec: [unclosed\n")).isSameAs(error);
        assertThat(messages).singleElement().asString().matches("(?s)\\d+:\\d+: .+");
    }

    @Test
    void onlyWarningsAreAWarning() {
        assertThat(TextValidation.of(Fixtures.text("no-command.yaml"))).isSameAs(warning);
        assertThat(messages).singleElement().asString().startsWith("9:16: ").contains("has no command");
    }

    @Test
    void theDescriptorsCheckIsThisValidation() {
        assertThat(ArgoWorkflowStepTest.descriptorWithoutJenkins().doCheckText(Fixtures.text("release.yaml")))
                .isSameAs(ok);
    }
}
