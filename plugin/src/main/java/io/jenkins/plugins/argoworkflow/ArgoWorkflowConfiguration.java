package io.jenkins.plugins.argoworkflow;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * The plugin's section of Manage Jenkins » System, and its JCasC root {@code unclassified: argoWorkflow:}: which
 * Kubernetes cloud and namespace steps use by default, the executor image of every pod, whether {@code resource}
 * templates may run, how long pods are kept, and what images run when a template gives only their args. Each setter saves; {@link #settings()} hands a step the values.
 *
 * <pre>
 * unclassified:
 *   argoWorkflow:
 *     defaultCloud: kubernetes
 *     defaultNamespace: builds
 *     allowResourceTemplates: false
 *     podRetention: OnPodSuccess
 *     imageIndex: |
 *       registry.example/builder:2:
 *         entrypoint: [/usr/local/bin/build]
 * </pre>
 */
@Extension
@Symbol("argoWorkflow")
public class ArgoWorkflowConfiguration extends GlobalConfiguration {

    private String defaultCloud;
    private String defaultNamespace;
    private String executorImage;
    private boolean allowResourceTemplates;
    private String podRetention;
    private String imageIndex;

    public ArgoWorkflowConfiguration() {
        load();
    }

    /** The one instance Jenkins made. */
    static ArgoWorkflowConfiguration get() {
        return ExtensionList.lookupSingleton(ArgoWorkflowConfiguration.class);
    }

    @Override
    public String getDisplayName() {
        return "Argo Workflow";
    }

    public String getDefaultCloud() {
        return defaultCloud;
    }

    /** The Kubernetes cloud of steps that name none; empty: the first Kubernetes cloud. */
    @DataBoundSetter
    public void setDefaultCloud(String defaultCloud) {
        this.defaultCloud = trimToNull(defaultCloud);
        save();
    }

    public String getDefaultNamespace() {
        return defaultNamespace;
    }

    /** The pods' namespace for steps that name none; empty: the cloud's namespace. */
    @DataBoundSetter
    public void setDefaultNamespace(String defaultNamespace) {
        this.defaultNamespace = trimToNull(defaultNamespace);
        save();
    }

    public String getExecutorImage() {
        return executorImage;
    }

    /** The init and wait containers' image (a static busybox); empty: the pinned default. */
    @DataBoundSetter
    public void setExecutorImage(String executorImage) {
        this.executorImage = trimToNull(executorImage);
        save();
    }

    public boolean isAllowResourceTemplates() {
        return allowResourceTemplates;
    }

    /** Whether {@code resource} templates run, with the cloud's credentials. Off by default. */
    @DataBoundSetter
    public void setAllowResourceTemplates(boolean allowResourceTemplates) {
        this.allowResourceTemplates = allowResourceTemplates;
        save();
    }

    public String getPodRetention() {
        return podRetention;
    }

    /**
     * The podGC strategy of workflows that set none: {@code OnPodCompletion} (the default) deletes each pod when
     * its node ends, {@code OnPodSuccess} keeps failed pods to look at.
     *
     * @throws IllegalArgumentException naming the strategies when {@code podRetention} is none of them
     */
    @DataBoundSetter
    public void setPodRetention(String podRetention) {
        String problem = PluginSettings.podRetentionProblem(podRetention);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.podRetention = trimToNull(podRetention);
        save();
    }

    public FormValidation doCheckPodRetention(@QueryParameter String value) {
        String problem = PluginSettings.podRetentionProblem(value);
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    public String getImageIndex() {
        return imageIndex;
    }

    /**
     * Argo's {@code images:} setting as YAML: what each image runs ({@code entrypoint}, {@code cmd}) when a template
     * gives only {@code args}; adds to (or replaces) the built-in entries. Empty: the built-in entries only.
     *
     * @throws IllegalArgumentException with {@code line:col} when the text is not such a mapping
     */
    @DataBoundSetter
    public void setImageIndex(String imageIndex) {
        String problem = PluginSettings.imageIndexProblem(imageIndex);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.imageIndex = imageIndex == null || imageIndex.isBlank() ? null : imageIndex;
        save();
    }

    public FormValidation doCheckImageIndex(@QueryParameter String value) {
        String problem = PluginSettings.imageIndexProblem(value);
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    /** The settings as a step takes them. */
    PluginSettings settings() {
        return new PluginSettings(defaultCloud, defaultNamespace, executorImage, allowResourceTemplates, podRetention,
                imageIndex);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
