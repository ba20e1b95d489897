package io.jenkins.plugins.argoworkflow.engine.lint;

import io.jenkins.plugins.argoworkflow.engine.model.ArgoDuration;
import io.jenkins.plugins.argoworkflow.engine.model.Backoff;
import io.jenkins.plugins.argoworkflow.engine.model.RetryStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.yaml.Location;

/** retryStrategy: a sensible limit, a known policy, parseable backoff durations and factor. */
final class RetryRules {

    private final LintContext ctx;

    RetryRules(LintContext ctx) {
        this.ctx = ctx;
    }

    void check() {
        if (ctx.spec().retryStrategy() != null) {
            check("spec.retryStrategy", ctx.spec().retryStrategy());
        }
        if (ctx.spec().templateDefaults() != null && ctx.spec().templateDefaults().retryStrategy() != null) {
            check("spec.templateDefaults.retryStrategy", ctx.spec().templateDefaults().retryStrategy());
        }
        for (Template t : ctx.spec().templates()) {
            if (t.retryStrategy() != null) {
                check("templates." + t.name() + ".retryStrategy", t.retryStrategy());
            }
        }
    }

    private void check(String where, RetryStrategy r) {
        Location owner = r.location();
        if (r.limit() != null) {
            if (r.limit().isInt() && r.limit().intValue() < 0) {
                ctx.error(ctx.at(owner, "limit"), where + ".limit " + r.limit() + " is negative; use 0 or more");
            } else if (!r.limit().isInt() && !r.limit().stringValue().contains("{{")
                    && !r.limit().stringValue().matches("[0-9]+")) {
                ctx.error(ctx.at(owner, "limit"), where + ".limit '" + r.limit() + "' is not a number; use a "
                        + "non-negative integer or a {{...}} parameter");
            }
        }
        if (r.retryPolicy() != null && !r.retryPolicy().isEmpty() && !RetryStrategy.POLICIES.contains(r.retryPolicy())) {
            ctx.error(ctx.at(owner, "retryPolicy"), where + ".retryPolicy " + r.retryPolicy()
                    + " is not a valid RetryPolicy; use one of " + String.join(", ", RetryStrategy.POLICIES));
        }
        Backoff b = r.backoff();
        if (b == null) {
            return;
        }
        duration(where + ".backoff.duration", b.duration(), owner, "duration");
        duration(where + ".backoff.maxDuration", b.maxDuration(), owner, "maxDuration");
        duration(where + ".backoff.cap", b.cap(), owner, "cap");
        if (b.factor() != null && !b.factor().isInt() && !b.factor().stringValue().contains("{{")
                && !b.factor().stringValue().matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)")) {
            ctx.error(ctx.at(owner, "backoff", "factor"), where + ".backoff.factor '" + b.factor()
                    + "' is not a number; use e.g. 2");
        }
    }

    private void duration(String where, String value, Location owner, String key) {
        if (value == null || value.isEmpty() || value.contains("{{") || ArgoDuration.parse(value).isPresent()) {
            return;
        }
        ctx.error(ctx.at(owner, "backoff", key), where + " '" + value + "' is not a duration; use a number of seconds "
                + "or a Go duration such as 30s, 2m, 1h");
    }
}
