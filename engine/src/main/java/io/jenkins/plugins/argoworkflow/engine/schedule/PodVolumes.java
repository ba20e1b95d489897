package io.jenkins.plugins.argoworkflow.engine.schedule;

import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workflow-level volumes every leaf's pod may mount, as Argo's controller gives them to its pod builder:
 * {@code spec.volumes} with the global tags substituted ({@code substituteParamsInVolumes}), then the claims
 * it created for {@code volumeClaimTemplates} ({@code createPVCs}: a volume named as the template, its claim
 * {@code <workflow>-<name>}).
 */
final class PodVolumes {

    private PodVolumes() {
    }

    static List<YNode> of(WorkflowSpec spec, String workflowName, TemplateRenderer globals) {
        List<YNode> volumes = new ArrayList<>();
        spec.volumes().forEach(v -> volumes.add(globals.node(v)));
        for (YNode claim : spec.volumeClaimTemplates()) {
            name(claim).ifPresent(name -> volumes.add(claimVolume(name, workflowName + "-" + name, claim)));
        }
        return List.copyOf(volumes);
    }

    private static Optional<String> name(YNode claim) {
        return claim instanceof YMap m
                ? m.get("metadata").flatMap(meta -> meta instanceof YMap mm ? mm.get("name") : Optional.empty())
                        .filter(YScalar.class::isInstance).map(n -> ((YScalar) n).text())
                : Optional.empty();
    }

    /** {@code {name: NAME, persistentVolumeClaim: {claimName: CLAIM}}}, located at the claim template. */
    private static YMap claimVolume(String name, String claimName, YNode at) {
        YMap source = new YMap(List.of(entry("claimName", YScalar.string(claimName, at.location()))), at.location());
        return new YMap(List.of(entry("name", YScalar.string(name, at.location())),
                entry("persistentVolumeClaim", source)), at.location());
    }

    private static YMap.Entry entry(String key, YNode value) {
        return new YMap.Entry(YScalar.string(key, value.location()), value);
    }
}
