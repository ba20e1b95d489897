package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.model.Arguments;
import io.jenkins.plugins.argoworkflow.engine.model.ArtifactRepositoryRef;
import io.jenkins.plugins.argoworkflow.engine.model.CronWorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.model.ObjectMeta;
import io.jenkins.plugins.argoworkflow.engine.model.PodGC;
import io.jenkins.plugins.argoworkflow.engine.model.TTLStrategy;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeClaimGC;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowMetadata;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowTemplateRef;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;

/** Readers for object metadata and the workflow-level spec. */
final class SpecReaders {

    /** Kubernetes ObjectMeta fields besides those the model types. */
    private static final String[] RAW_META_FIELDS = {"uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "ownerReferences", "finalizers", "managedFields",
        "selfLink"};

    private SpecReaders() {
    }

    static ObjectMeta objectMeta(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ObjectMeta");
        f.known(RAW_META_FIELDS);
        ObjectMeta m = new ObjectMeta(f.string("name"), f.string("generateName"), f.string("namespace"),
                f.stringMap("labels"), f.stringMap("annotations"), f.map(), f.location());
        f.finish();
        return m;
    }

    static WorkflowSpec spec(YNode node, ModelReader r) {
        Fields f = r.fields(node, "WorkflowSpec");
        WorkflowSpec spec = spec(f, r);
        f.finish();
        return spec;
    }

    /** Reads the WorkflowSpec fields of {@code f} without finishing it (CronWorkflowSpec embeds none, but shares the code). */
    private static WorkflowSpec spec(Fields f, ModelReader r) {
        Arguments arguments = f.object("arguments", IoReaders::arguments);
        return new WorkflowSpec(
                f.list("templates", TemplateReaders::template),
                f.string("entrypoint"),
                arguments == null ? Arguments.NONE : arguments,
                f.string("serviceAccountName"),
                f.bool("automountServiceAccountToken"),
                f.object("executor", TemplateReaders::executor),
                ContainerReaders.rawObjects(f, "volumes", r),
                ContainerReaders.rawObjects(f, "volumeClaimTemplates", r),
                f.integer("parallelism"),
                f.object("artifactRepositoryRef", SpecReaders::artifactRepositoryRef),
                f.bool("suspend"),
                f.stringMap("nodeSelector"),
                f.raw("affinity"),
                ContainerReaders.rawObjects(f, "tolerations", r),
                ContainerReaders.rawObjects(f, "imagePullSecrets", r),
                f.bool("hostNetwork"),
                f.string("dnsPolicy"),
                f.raw("dnsConfig"),
                f.string("onExit"),
                f.object("ttlStrategy", SpecReaders::ttlStrategy),
                f.integer("activeDeadlineSeconds"),
                f.integer("priority"),
                f.string("schedulerName"),
                f.object("podGC", SpecReaders::podGC),
                f.string("podPriorityClassName"),
                ContainerReaders.rawObjects(f, "hostAliases", r),
                f.raw("securityContext"),
                f.string("podSpecPatch"),
                f.raw("podDisruptionBudget"),
                f.raw("metrics"),
                f.string("shutdown"),
                f.object("workflowTemplateRef", SpecReaders::workflowTemplateRef),
                f.object("synchronization", TemplateReaders::synchronization),
                f.object("volumeClaimGC", SpecReaders::volumeClaimGC),
                f.object("retryStrategy", FlowReaders::retryStrategy),
                f.object("podMetadata", TemplateReaders::metadata),
                f.object("templateDefaults", TemplateReaders::template),
                f.bool("archiveLogs"),
                FlowReaders.hooks(f),
                f.object("workflowMetadata", SpecReaders::workflowMetadata),
                f.raw("artifactGC"),
                f.raw("podResources"),
                ContainerReaders.rawObjects(f, "resourceClaims", r),
                ContainerReaders.rawObjects(f, "executorPlugins", r),
                f.location());
    }

    static CronWorkflowSpec cronSpec(YNode node, ModelReader r) {
        Fields f = r.fields(node, "CronWorkflowSpec");
        WorkflowSpec workflowSpec = f.object("workflowSpec", SpecReaders::spec);
        List<String> schedules = f.strings("schedules");
        CronWorkflowSpec spec = new CronWorkflowSpec(
                workflowSpec != null ? workflowSpec : emptySpec(f, r),
                schedules, f.string("concurrencyPolicy"), f.bool("suspend"),
                f.integer("startingDeadlineSeconds"), f.integer("successfulJobsHistoryLimit"),
                f.integer("failedJobsHistoryLimit"), f.string("timezone"),
                f.object("workflowMetadata", TemplateReaders::metadata), f.raw("stopStrategy"), f.string("when"));
        f.finish();
        if (workflowSpec == null) {
            r.error(f.location(), "CronWorkflow spec.workflowSpec is missing; add the workflow to run");
        }
        return spec;
    }

    /** The spec of a CronWorkflow that has none: empty, so that checks can go on (the missing spec is reported). */
    private static WorkflowSpec emptySpec(Fields f, ModelReader r) {
        ModelReader quiet = new ModelReader(new io.jenkins.plugins.argoworkflow.engine.diag.Diagnostics());
        return spec(quiet.fields(YMap.empty(f.location()), "WorkflowSpec"), quiet);
    }

    static PodGC podGC(YNode node, ModelReader r) {
        Fields f = r.fields(node, "PodGC");
        PodGC p = new PodGC(f.string("strategy", ""), f.raw("labelSelector"), f.string("deleteDelayDuration"));
        f.finish();
        return p;
    }

    static TTLStrategy ttlStrategy(YNode node, ModelReader r) {
        Fields f = r.fields(node, "TTLStrategy");
        TTLStrategy t = new TTLStrategy(f.integer("secondsAfterCompletion"), f.integer("secondsAfterSuccess"),
                f.integer("secondsAfterFailure"));
        f.finish();
        return t;
    }

    static VolumeClaimGC volumeClaimGC(YNode node, ModelReader r) {
        Fields f = r.fields(node, "VolumeClaimGC");
        VolumeClaimGC v = new VolumeClaimGC(f.string("strategy", ""));
        f.finish();
        return v;
    }

    static ArtifactRepositoryRef artifactRepositoryRef(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ArtifactRepositoryRef");
        ArtifactRepositoryRef a = new ArtifactRepositoryRef(f.string("configMap"), f.string("key"));
        f.finish();
        return a;
    }

    static WorkflowTemplateRef workflowTemplateRef(YNode node, ModelReader r) {
        Fields f = r.fields(node, "WorkflowTemplateRef");
        WorkflowTemplateRef w = new WorkflowTemplateRef(f.string("name"), f.bool("clusterScope", false), f.location());
        f.finish();
        return w;
    }

    static WorkflowMetadata workflowMetadata(YNode node, ModelReader r) {
        Fields f = r.fields(node, "WorkflowMetadata");
        WorkflowMetadata w = new WorkflowMetadata(f.stringMap("labels"), f.stringMap("annotations"), f.raw("labelsFrom"));
        f.finish();
        return w;
    }
}
