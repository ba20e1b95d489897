package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.Template;

/**
 * A template found for a step, task, hook or the entrypoint, with Argo's {@code templateScope}
 * ({@code local/<wf>}, {@code namespaced/<wftmpl>}, {@code cluster/<cwft>}) and the scope templates it calls
 * by name are looked up in.
 */
record ResolvedTemplate(Template template, String templateScope, TemplateScope lookup) {
}
