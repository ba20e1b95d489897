package io.jenkins.plugins.argoworkflow;

import io.jenkins.plugins.argoworkflow.engine.image.ImageIndexFile;
import io.jenkins.plugins.argoworkflow.engine.model.PodGC;
import io.jenkins.plugins.argoworkflow.engine.model.Workflow;
import io.jenkins.plugins.argoworkflow.kubernetes.KubernetesRuntimeOptions;
import io.jenkins.plugins.argoworkflow.kubernetes.PodSettings;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The operator's settings ({@link ArgoWorkflowConfiguration}) as plain values, taken once when a step starts and
 * kept with its execution, so that a run resumed after a restart runs its remaining pods as it began them. A plain
 * class, not a record: Pipeline persists an execution with JBoss Marshalling, whose support of records depends on
 * its version.
 */
final class PluginSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every pod deleted once its node ended: logs and outputs are already in the build. */
    static final String DEFAULT_POD_RETENTION = "OnPodCompletion";

    /** The strategies a default may name: Argo's, less the empty one (which Argo reads as "never"). */
    static final List<String> POD_RETENTIONS = PodGC.STRATEGIES.stream().filter(s -> !s.isEmpty()).toList();

    static final PluginSettings DEFAULTS = new PluginSettings(null, null, null, false, null);

    /** How an image index setting is named in its messages ({@code line:col} follow). */
    static final String IMAGE_INDEX_SOURCE = "image index";

    private final String defaultCloud;
    private final String defaultNamespace;
    private final String executorImage;
    private final boolean allowResourceTemplates;
    private final String podRetention;
    private final String imageIndex;

    /** Settings without an image index of their own (only the built-in entries). */
    PluginSettings(String defaultCloud, String defaultNamespace, String executorImage, boolean allowResourceTemplates,
            String podRetention) {
        this(defaultCloud, defaultNamespace, executorImage, allowResourceTemplates, podRetention, null);
    }

    /**
     * @param defaultCloud the Kubernetes cloud a step uses when it names none; null: the first Kubernetes cloud
     * @param defaultNamespace the pods' namespace when a step names none; null: the cloud's namespace
     * @param executorImage the image of each pod's init and wait containers; null:
     *                      {@link PodSettings#DEFAULT_EXECUTOR_IMAGE}
     * @param allowResourceTemplates whether {@code resource} templates may act on the cluster with the cloud's
     *                               credentials
     * @param podRetention the podGC strategy of workflows that set none; null: {@link #DEFAULT_POD_RETENTION}
     * @param imageIndex Argo's {@code images:} setting as YAML text: what an image runs when a template gives only
     *                   {@code args} (the pods' wrapper must know the image's entrypoint); null: the built-in entries
     * @throws IllegalArgumentException when {@code podRetention} is not an Argo podGC strategy, or the image index
     *                                  cannot be read (with {@code line:col})
     */
    PluginSettings(String defaultCloud, String defaultNamespace, String executorImage, boolean allowResourceTemplates,
            String podRetention, String imageIndex) {
        this.defaultCloud = blankToNull(defaultCloud);
        this.defaultNamespace = blankToNull(defaultNamespace);
        this.executorImage = blankToNull(executorImage);
        this.allowResourceTemplates = allowResourceTemplates;
        this.podRetention = blankToNull(podRetention);
        this.imageIndex = imageIndex == null || imageIndex.isBlank() ? null : imageIndex;
        String problem = podRetentionProblem(this.podRetention);
        if (problem == null) {
            problem = imageIndexProblem(this.imageIndex);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    String defaultCloud() {
        return defaultCloud;
    }

    String defaultNamespace() {
        return defaultNamespace;
    }

    String executorImage() {
        return executorImage;
    }

    boolean allowResourceTemplates() {
        return allowResourceTemplates;
    }

    String podRetention() {
        return podRetention;
    }

    String imageIndex() {
        return imageIndex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginSettings p && Objects.equals(defaultCloud, p.defaultCloud)
                && Objects.equals(defaultNamespace, p.defaultNamespace) && Objects.equals(executorImage, p.executorImage)
                && allowResourceTemplates == p.allowResourceTemplates && Objects.equals(podRetention, p.podRetention)
                && Objects.equals(imageIndex, p.imageIndex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaultCloud, defaultNamespace, executorImage, allowResourceTemplates, podRetention,
                imageIndex);
    }

    @Override
    public String toString() {
        return "PluginSettings[defaultCloud=" + defaultCloud + ", defaultNamespace=" + defaultNamespace
                + ", executorImage=" + executorImage + ", allowResourceTemplates=" + allowResourceTemplates
                + ", podRetention=" + podRetention + ", imageIndex=" + (imageIndex == null ? null
                        : ImageIndexFile.parse(IMAGE_INDEX_SOURCE, imageIndex).keySet()) + "]";
    }

    /** Why {@code value} is not a pod retention strategy, or null when it is one (or empty: the default). */
    static String podRetentionProblem(String value) {
        String v = blankToNull(value);
        if (v == null || POD_RETENTIONS.contains(v)) {
            return null;
        }
        return "pod retention '" + v + "' is not an Argo podGC strategy; use one of " + String.join(", ", POD_RETENTIONS);
    }

    /**
     * Why {@code text} is not an image index ({@code image index:line:col: ...}), or null when it is one (or
     * empty: the built-in entries only).
     */
    static String imageIndexProblem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            ImageIndexFile.parse(IMAGE_INDEX_SOURCE, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    String effectivePodRetention() {
        return podRetention == null ? DEFAULT_POD_RETENTION : podRetention;
    }

    PodSettings podSettings(String namespace) {
        PodSettings pods = PodSettings.defaults(namespace);
        if (imageIndex != null) {
            pods = pods.withImages(ImageIndexFile.parse(IMAGE_INDEX_SOURCE, imageIndex));
        }
        return executorImage == null ? pods : pods.withExecutorImage(executorImage);
    }

    KubernetesRuntimeOptions runtimeOptions() {
        return KubernetesRuntimeOptions.DEFAULTS.withAllowResourceTemplates(allowResourceTemplates);
    }

    /** {@code workflow} with this default podGC when it sets none itself (its own always wins, as in Argo). */
    Workflow withDefaultPodGC(Workflow workflow) {
        PodGC own = workflow.spec().podGC();
        if (own != null && own.strategy() != null) {
            return workflow;
        }
        PodGC gc = new PodGC(effectivePodRetention(), own == null ? null : own.labelSelector(),
                own == null ? null : own.deleteDelayDuration());
        return new Workflow(workflow.apiVersion(), workflow.metadata(), workflow.spec().withPodGC(gc), workflow.source(),
                workflow.location());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
