package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.Backoff;
import io.jenkins.plugins.argoworkflow.engine.model.ContinueOn;
import io.jenkins.plugins.argoworkflow.engine.model.DagTask;
import io.jenkins.plugins.argoworkflow.engine.model.DagTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.LifecycleHook;
import io.jenkins.plugins.argoworkflow.engine.model.ParallelSteps;
import io.jenkins.plugins.argoworkflow.engine.model.RetryStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.Sequence;
import io.jenkins.plugins.argoworkflow.engine.model.TemplateRef;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowStep;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.util.List;
import java.util.Map;

/** Readers for control flow: steps, DAG tasks, loops, retries, hooks and template references. */
final class FlowReaders {

    private FlowReaders() {
    }

    /**
     * A steps group. Argo's ParallelSteps decodes only from a list: {@code steps} is a list of groups, each
     * a list of steps. A flat list of steps is the common mistake, so the message shows the right shape.
     */
    static ParallelSteps parallelSteps(YNode node, ModelReader r) {
        if (node instanceof YSeq seq) {
            return new ParallelSteps(readSteps(seq, r), seq.location());
        }
        r.error(node.location(), "each item of Template.steps must be a list of steps (steps run group by group; "
                + "the steps of a group in parallel), not a " + node.kindName() + "; write '- - name: a' for a group of one");
        return null;
    }

    private static List<WorkflowStep> readSteps(YSeq seq, ModelReader r) {
        return seq.items().stream().map(n -> step(n, r)).filter(java.util.Objects::nonNull).toList();
    }

    static WorkflowStep step(YNode node, ModelReader r) {
        Fields f = r.fields(node, "WorkflowStep");
        WorkflowStep s = new WorkflowStep(f.string("name"), f.string("template"),
                f.object("inline", TemplateReaders::template), arguments(f), f.object("templateRef", FlowReaders::templateRef),
                items(f), f.string("withParam"), f.object("withSequence", FlowReaders::sequence), f.string("when"),
                f.object("continueOn", FlowReaders::continueOn), f.string("onExit"), hooks(f), f.location());
        f.finish();
        return s;
    }

    static DagTemplate dag(YNode node, ModelReader r) {
        Fields f = r.fields(node, "DAGTemplate");
        DagTemplate d = new DagTemplate(f.string("target"), f.list("tasks", FlowReaders::task), f.bool("failFast"));
        f.finish();
        return d;
    }

    static DagTask task(YNode node, ModelReader r) {
        Fields f = r.fields(node, "DAGTask");
        DagTask t = new DagTask(f.string("name"), f.string("template"), f.object("inline", TemplateReaders::template),
                arguments(f), f.object("templateRef", FlowReaders::templateRef), f.strings("dependencies"), items(f),
                f.string("withParam"), f.object("withSequence", FlowReaders::sequence), f.string("when"),
                f.object("continueOn", FlowReaders::continueOn), f.string("onExit"), f.string("depends"), hooks(f),
                f.location());
        f.finish();
        return t;
    }

    private static Arguments arguments(Fields f) {
        Arguments a = f.object("arguments", IoReaders::arguments);
        return a == null ? Arguments.NONE : a;
    }

    /** withItems entries stay as written: Argo's Item keeps strings, numbers, booleans, maps and lists. */
    private static List<YNode> items(Fields f) {
        return f.list("withItems", (n, r) -> n);
    }

    static Map<String, LifecycleHook> hooks(Fields f) {
        return f.map("hooks", FlowReaders::hook);
    }

    static LifecycleHook hook(YNode node, ModelReader r) {
        Fields f = r.fields(node, "LifecycleHook");
        LifecycleHook h = new LifecycleHook(f.string("template"), arguments(f),
                f.object("templateRef", FlowReaders::templateRef), f.string("expression"), f.location());
        f.finish();
        return h;
    }

    static TemplateRef templateRef(YNode node, ModelReader r) {
        Fields f = r.fields(node, "TemplateRef");
        TemplateRef t = new TemplateRef(f.string("name"), f.string("template"), f.bool("clusterScope", false),
                f.location());
        f.finish();
        return t;
    }

    static Sequence sequence(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Sequence");
        Sequence s = new Sequence(f.intOrString("count"), f.intOrString("start"), f.intOrString("end"),
                f.string("format"));
        f.finish();
        return s;
    }

    static ContinueOn continueOn(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ContinueOn");
        ContinueOn c = new ContinueOn(f.bool("error", false), f.bool("failed", false));
        f.finish();
        return c;
    }

    static RetryStrategy retryStrategy(YNode node, ModelReader r) {
        Fields f = r.fields(node, "RetryStrategy");
        RetryStrategy s = new RetryStrategy(f.intOrString("limit"), f.string("retryPolicy"),
                f.object("backoff", FlowReaders::backoff), f.raw("affinity"), f.string("expression"), f.location());
        f.finish();
        return s;
    }

    static Backoff backoff(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Backoff");
        Backoff b = new Backoff(f.string("duration"), f.intOrString("factor"), f.string("maxDuration"),
                f.string("cap"));
        f.finish();
        return b;
    }
}
