package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.expr.ExprLangExpression;
import io.jenkins.plugins.argoworkflow.engine.expr.ExpressionException;
import io.jenkins.plugins.argoworkflow.engine.model.ArgoDuration;
import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Backoff;
import io.jenkins.plugins.argoworkflow.engine.model.IntOrString;
import io.jenkins.plugins.argoworkflow.engine.model.RetryStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.run.NodeNames;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import io.jenkins.plugins.argoworkflow.engine.run.NodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A node with a retry strategy (Argo's {@code processNodeRetries}): a Retry node whose attempts
 * {@code R(0)}, {@code R(1)}... run the template. After each attempt, in Argo's order: success ends it;
 * {@code maxDuration} and the backoff wait come next (a wait only when {@code limit} is set, as in Argo);
 * then the policy, then {@code limit} ({@code No more retries left}); then the next attempt.
 */
final class RetryExecution implements ChildListener {

    /** Texts of errors Argo's OnTransientError treats as transient (network and API server hiccups). */
    private static final List<String> TRANSIENT = List.of("connection reset by peer", "connection refused",
            "i/o timeout", "tls handshake timeout", "broken pipe", "eof", "too many requests", "etcdserver: leader changed",
            "the object has been modified", "try again later", "no such host", "server is currently unable");

    private final Scheduler scheduler;
    private final NodeStatus node;
    private final ResolvedTemplate resolved;
    private final String templateName;
    private final TemplateRef templateRef;
    private final NodeStatus boundary;
    private final Arguments arguments;
    private final RetryStrategy strategy;
    private int attempts;

    RetryExecution(Scheduler scheduler, NodeStatus node, ResolvedTemplate resolved, String templateName,
            TemplateRef templateRef, NodeStatus boundary, Arguments arguments, RetryStrategy strategy) {
        this.scheduler = scheduler;
        this.node = node;
        this.resolved = resolved;
        this.templateName = templateName;
        this.templateRef = templateRef;
        this.boundary = boundary;
        this.arguments = arguments;
        this.strategy = strategy;
    }

    void start() {
        attempt();
    }

    private void attempt() {
        String name = NodeNames.retryAttempt(node.name(), attempts);
        NodeStatus child = scheduler.executeOnce(name, resolved, templateName, templateRef, boundary, arguments, this,
                attemptVariables(attempts, "0"));
        attempts++;
        child.setFlags(false, true);
        node.addChild(child.id());
    }

    @Override
    public void childFulfilled(NodeStatus last) {
        decide(last, false);
    }

    private void decide(NodeStatus last, boolean waited) {
        if (last.daemoned()) {
            // Argo marks the retry node Daemoned with its attempt; both end when their boundary does.
            node.setDaemoned(true, last.podIp());
            scheduler.daemonStarted(node);
            return;
        }
        if (!last.phase().failedOrError()) {
            node.setOutputs(last.outputs());
            end(NodePhase.SUCCEEDED, null);
            return;
        }
        if (scheduler.shutdown() != null) {
            node.setOutputs(last.outputs());
            end(last.phase(), scheduler.shutdown().stoppedMessage());
            return;
        }
        if (scheduler.deadlinePassed() != null && !scheduler.inExitHandler(node)) {
            node.setOutputs(last.outputs());
            end(last.phase(), "retry exceeded workflow deadline " + scheduler.deadlinePassed());
            return;
        }
        Backoff backoff = strategy.backoff();
        if (backoff != null && !waited && backoffDecided(last, backoff)) {
            return;
        }
        if (!policyRetries(last)) {
            node.setOutputs(last.outputs());
            end(last.phase(), last.message());
            return;
        }
        Integer limit = limit();
        if (limit != null && attempts > limit) {
            node.setOutputs(last.outputs());
            end(last.phase(), "No more retries left");
            return;
        }
        if (strategy.expression() != null && !strategy.expression().isBlank()) {
            boolean again;
            try {
                again = ExprLangExpression.parse(strategy.expression())
                        .evaluateBoolean(new Scope(null).with(attemptVariables(attempts - 1, "-1")));
            } catch (ExpressionException e) {
                end(NodePhase.ERROR, "retryStrategy.expression: " + e.getMessage());
                return;
            }
            if (!again) {
                node.setOutputs(last.outputs());
                end(last.phase(), "retryStrategy.expression evaluated to false");
                return;
            }
        }
        attempt();
    }

    /** True when the backoff rules ended the node or put it to wait (the decision resumes after the wait). */
    private boolean backoffDecided(NodeStatus last, Backoff backoff) {
        Instant now = scheduler.now();
        Instant maxDeadline = null;
        if (backoff.maxDuration() != null) {
            Duration max = ArgoDuration.parse(backoff.maxDuration()).orElse(null);
            NodeStatus first = scheduler.node(node.children().get(0));
            if (max != null) {
                maxDeadline = first.startedAt().plus(max);
                if (now.isAfter(maxDeadline)) {
                    end(last.phase(), "Max duration limit exceeded");
                    return true;
                }
            }
        }
        Duration base = ArgoDuration.parse(backoff.duration()).orElse(null);
        if (base == null) {
            end(NodePhase.ERROR, "no base duration specified for retryStrategy");
            return true;
        }
        Duration wait = base;
        Long factor = intValue(backoff.factor());
        if (factor != null && factor > 0) {
            double multiplier = Math.pow(factor, attempts - 1);
            wait = multiplier > Long.MAX_VALUE / (double) Math.max(1, base.toNanos())
                    ? Duration.ofNanos(Long.MAX_VALUE) : Duration.ofNanos((long) (base.toNanos() * multiplier));
        }
        Duration cap = ArgoDuration.parse(backoff.cap()).orElse(null);
        if (cap != null && wait.compareTo(cap) > 0) {
            wait = cap;
        }
        Instant waitUntil = last.finishedAt().plus(wait);
        if (maxDeadline != null && waitUntil.isAfter(maxDeadline)) {
            end(last.phase(), "Backoff would exceed max duration limit");
            return true;
        }
        Integer limit = limit();
        if (now.isBefore(waitUntil) && limit != null && attempts <= limit) {
            scheduler.markPhase(node, node.phase(), "Backoff for " + Humanize.duration(wait));
            scheduler.later(Duration.between(now, waitUntil), () -> {
                scheduler.markPhase(node, node.phase(), "");
                decide(last, true);
            });
            return true;
        }
        return false;
    }

    /**
     * Argo's retry variables: {@code retries} (the attempt's index) and {@code lastRetry.*} of the attempt
     * before it. {@code lastRetry.exitCode} is {@code "0"} when none is known in templates but {@code "-1"}
     * in the retry expression, as in Argo.
     */
    private Map<String, String> attemptVariables(int index, String noExitCode) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("retries", Integer.toString(index));
        NodeStatus last = node.children().isEmpty() ? null : scheduler.node(node.children().get(node.children().size() - 1));
        String exitCode = last == null || last.outputs().exitCode() == null ? noExitCode : last.outputs().exitCode();
        vars.put("lastRetry.exitCode", exitCode);
        vars.put("lastRetry.status", last == null ? "" : last.phase().argoName());
        vars.put("lastRetry.message", last == null || last.message() == null ? "" : last.message());
        double seconds = last == null || last.finishedAt() == null ? 0
                : Duration.between(last.startedAt(), last.finishedAt()).toNanos() / 1e9;
        vars.put("lastRetry.duration", seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds));
        return vars;
    }

    /** Argo's RetryPolicyActual: the policy set, else OnFailure, or Always when an expression decides. */
    private boolean policyRetries(NodeStatus last) {
        String policy = strategy.retryPolicy() != null ? strategy.retryPolicy()
                : strategy.expression() == null ? "OnFailure" : "Always";
        boolean failed = last.phase() == NodePhase.FAILED;
        return switch (policy) {
            case "Always" -> true;
            case "OnError" -> !failed;
            case "OnTransientError" -> isTransient(last.message());
            default -> failed;
        };
    }

    private static boolean isTransient(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return TRANSIENT.stream().anyMatch(m::contains);
    }

    /** The retry limit (attempts allowed = limit + 1); null means unlimited, as in Argo. */
    private Integer limit() {
        Long v = intValue(strategy.limit());
        return v == null ? null : (int) Math.min(Integer.MAX_VALUE, Math.max(0, v));
    }

    private static Long intValue(IntOrString value) {
        if (value == null) {
            return null;
        }
        if (value.isInt()) {
            return value.intValue();
        }
        try {
            return Long.parseLong(value.stringValue().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void end(NodePhase phase, String message) {
        scheduler.markPhase(node, phase, message);
        scheduler.fulfilled(node);
    }
}
