package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.model.DataTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.ExecutorConfig;
import io.jenkins.plugins.argoworkflow.engine.model.HttpTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Inputs;
import io.jenkins.plugins.argoworkflow.engine.model.Memoize;
import io.jenkins.plugins.argoworkflow.engine.model.Metadata;
import io.jenkins.plugins.argoworkflow.engine.model.Outputs;
import io.jenkins.plugins.argoworkflow.engine.model.ResourceTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.SuspendTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.Synchronization;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;

/** Readers for templates and the settings they carry. */
final class TemplateReaders {

    private TemplateReaders() {
    }

    static Template template(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Template");
        Inputs inputs = f.object("inputs", IoReaders::inputs);
        Outputs outputs = f.object("outputs", IoReaders::outputs);
        Template t = new Template(
                f.string("name"),
                inputs == null ? Inputs.NONE : inputs,
                outputs == null ? Outputs.NONE : outputs,
                f.stringMap("nodeSelector"),
                f.raw("affinity"),
                f.object("metadata", TemplateReaders::metadata),
                f.bool("daemon"),
                f.list("steps", FlowReaders::parallelSteps),
                f.object("container", ContainerReaders::container),
                f.object("containerSet", ContainerReaders::containerSet),
                f.object("script", ContainerReaders::script),
                f.object("resource", TemplateReaders::resource),
                f.object("dag", FlowReaders::dag),
                f.object("suspend", TemplateReaders::suspend),
                f.object("data", TemplateReaders::data),
                f.object("http", TemplateReaders::http),
                f.raw("plugin"),
                ContainerReaders.rawObjects(f, "volumes", r),
                f.list("initContainers", ContainerReaders::userContainer),
                f.list("sidecars", ContainerReaders::userContainer),
                f.raw("archiveLocation"),
                f.intOrString("activeDeadlineSeconds"),
                f.object("retryStrategy", FlowReaders::retryStrategy),
                f.integer("parallelism"),
                f.bool("failFast"),
                ContainerReaders.rawObjects(f, "tolerations", r),
                f.string("schedulerName"),
                f.string("priorityClassName"),
                f.string("serviceAccountName"),
                f.bool("automountServiceAccountToken"),
                f.object("executor", TemplateReaders::executor),
                ContainerReaders.rawObjects(f, "hostAliases", r),
                f.raw("securityContext"),
                f.string("podSpecPatch"),
                f.raw("metrics"),
                f.object("synchronization", TemplateReaders::synchronization),
                f.object("memoize", TemplateReaders::memoize),
                f.string("timeout"),
                f.string("pendingTimeout"),
                f.stringMap("annotations"),
                f.raw("podResources"),
                ContainerReaders.rawObjects(f, "resourceClaims", r),
                f.location());
        f.finish();
        return t;
    }

    static Metadata metadata(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Metadata");
        Metadata m = new Metadata(f.stringMap("labels"), f.stringMap("annotations"));
        f.finish();
        return m;
    }

    static ResourceTemplate resource(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ResourceTemplate");
        String fromArtifact = null;
        YNode from = f.raw("manifestFrom");
        if (from != null) {
            Fields mf = r.fields(from, "ManifestFrom");
            YNode artifact = mf.raw("artifact");
            if (artifact != null) {
                fromArtifact = IoReaders.artifact(artifact, r).name();
            }
            mf.finish();
        }
        ResourceTemplate t = new ResourceTemplate(f.string("action"), f.string("mergeStrategy"), f.string("manifest"),
                fromArtifact, f.bool("setOwnerReference", false), f.string("successCondition"),
                f.string("failureCondition"), f.strings("flags"), f.location());
        f.finish();
        return t;
    }

    static SuspendTemplate suspend(YNode node, ModelReader r) {
        Fields f = r.fields(node, "SuspendTemplate");
        SuspendTemplate s = new SuspendTemplate(f.string("duration"));
        f.finish();
        return s;
    }

    static HttpTemplate http(YNode node, ModelReader r) {
        Fields f = r.fields(node, "HTTP");
        HttpTemplate h = new HttpTemplate(f.string("method"), f.string("url"), f.raw("headers"),
                f.integer("timeoutSeconds"), f.string("successCondition"), f.string("body"), f.raw("bodyFrom"),
                f.bool("insecureSkipVerify", false));
        f.finish();
        return h;
    }

    static DataTemplate data(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Data");
        DataTemplate d = new DataTemplate(f.raw("source"), f.raw("transformation"));
        f.finish();
        return d;
    }

    static ExecutorConfig executor(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ExecutorConfig");
        ExecutorConfig e = new ExecutorConfig(f.string("serviceAccountName"));
        f.finish();
        return e;
    }

    static Synchronization synchronization(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Synchronization");
        Synchronization s = new Synchronization(f.list("semaphores", (n, rr) -> n), f.list("mutexes", TemplateReaders::mutex));
        f.finish();
        return s;
    }

    private static Synchronization.Mutex mutex(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Mutex");
        Synchronization.Mutex m = new Synchronization.Mutex(f.string("name"), f.string("namespace"), f.bool("database"));
        f.finish();
        return m;
    }

    static Memoize memoize(YNode node, ModelReader r) {
        Fields f = r.fields(node, "Memoize");
        Memoize m = new Memoize(f.string("key"), f.raw("cache"), f.string("maxAge"));
        f.finish();
        return m;
    }
}
