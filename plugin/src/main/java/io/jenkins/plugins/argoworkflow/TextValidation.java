package io.jenkins.plugins.argoworkflow;

import hudson.util.FormValidation;

/** The form check of inline workflow text: the engine's lint, each finding at its {@code line:col}. */
final class TextValidation {

    private TextValidation() {
    }

    static FormValidation of(String text) {
        if (text == null || text.isBlank()) {
            return FormValidation.ok();
        }
        CheckedWorkflow checked = CheckedWorkflow.of("text", text);
        if (!checked.errors().isEmpty()) {
            return FormValidation.error(CheckedWorkflow.atLineAndColumn(checked.problems()));
        }
        if (!checked.warnings().isEmpty()) {
            return FormValidation.warning(CheckedWorkflow.atLineAndColumn(checked.warnings()));
        }
        return FormValidation.ok();
    }
}
