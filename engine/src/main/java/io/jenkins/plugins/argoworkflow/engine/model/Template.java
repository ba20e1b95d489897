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

    /** Every template type, in the order {@link #types} lists them (values() copies its array per call). */
    private static final TemplateType[] ALL_TYPES = TemplateType.values();

    /** The types this template defines; lint wants exactly one. */
    public List<TemplateType> types() {
        List<TemplateType> types = new ArrayList<>(1);
        for (TemplateType t : ALL_TYPES) {
            if (defines(t)) {
                types.add(t);
            }
        }
        return types;
    }

    /** The single type of a valid template, or null when none or several are set. */
    public TemplateType type() {
        // Asked several times per node: found without building the list that types() returns.
        TemplateType found = null;
        int count = 0;
        for (TemplateType t : ALL_TYPES) {
            if (defines(t)) {
                found = t;
                count++;
            }
        }
        return count == 1 ? found : null;
    }

    private boolean defines(TemplateType type) {
        return switch (type) {
            case CONTAINER -> container != null;
            case CONTAINER_SET -> containerSet != null;
            case SCRIPT -> script != null;
            case RESOURCE -> resource != null;
            case SUSPEND -> suspend != null;
            case STEPS -> !steps.isEmpty();
            case DAG -> dag != null;
            case HTTP -> http != null;
            case DATA -> data != null;
            case PLUGIN -> plugin != null;
        };
    }

    /** The main container of a container or script template, else null. */
    public Container mainContainer() {
        if (container != null) {
            return container;
        }
        return script != null ? script.container() : null;
    }
}
