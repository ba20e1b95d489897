package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Argo template. Its type is whichever of {@code container}, {@code script}, {@code resource},
 * {@code suspend}, {@code steps}, {@code dag} (or the not-yet-run {@code containerSet}, {@code http},
 * {@code data}, {@code plugin}) is set; lint requires exactly one. Pod-shaping Kubernetes fields are kept
 * as written ({@link YNode}) for the Kubernetes runtime.
 */
public record Template(
        String name,
        Inputs inputs,
        Outputs outputs,
        Map<String, String> nodeSelector,
        YNode affinity,
        Metadata metadata,
        Boolean daemon,
        List<ParallelSteps> steps,
        Container container,
        ContainerSetTemplate containerSet,
        ScriptTemplate script,
        ResourceTemplate resource,
        DagTemplate dag,
        SuspendTemplate suspend,
        DataTemplate data,
        HttpTemplate http,
        YNode plugin,
        List<YNode> volumes,
        List<UserContainer> initContainers,
        List<UserContainer> sidecars,
        YNode archiveLocation,
        IntOrString activeDeadlineSeconds,
        RetryStrategy retryStrategy,
        Long parallelism,
        Boolean failFast,
        List<YNode> tolerations,
        String schedulerName,
        String priorityClassName,
        String serviceAccountName,
        Boolean automountServiceAccountToken,
        ExecutorConfig executor,
        List<YNode> hostAliases,
        YNode securityContext,
        String podSpecPatch,
        YNode metrics,
        Synchronization synchronization,
        Memoize memoize,
        String timeout,
        String pendingTimeout,
        Map<String, String> annotations,
        YNode podResources,
        List<YNode> resourceClaims,
        Location location) {

    /** The types this template defines; lint wants exactly one. */
    public List<TemplateType> types() {
        List<TemplateType> types = new ArrayList<>(1);
        if (container != null) {
            types.add(TemplateType.CONTAINER);
        }
        if (containerSet != null) {
            types.add(TemplateType.CONTAINER_SET);
        }
        if (script != null) {
            types.add(TemplateType.SCRIPT);
        }
        if (resource != null) {
            types.add(TemplateType.RESOURCE);
        }
        if (suspend != null) {
            types.add(TemplateType.SUSPEND);
        }
        if (!steps.isEmpty()) {
            types.add(TemplateType.STEPS);
        }
        if (dag != null) {
            types.add(TemplateType.DAG);
        }
        if (http != null) {
            types.add(TemplateType.HTTP);
        }
        if (data != null) {
            types.add(TemplateType.DATA);
        }
        if (plugin != null) {
            types.add(TemplateType.PLUGIN);
        }
        return types;
    }

    /** The single type of a valid template, or null when none or several are set. */
    public TemplateType type() {
        List<TemplateType> types = types();
        return types.size() == 1 ? types.get(0) : null;
    }

    /** The main container of a container or script template, else null. */
    public Container mainContainer() {
        if (container != null) {
            return container;
        }
        return script != null ? script.container() : null;
    }
}
