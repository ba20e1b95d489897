package io.jenkins.plugins.argoworkflow.engine.model;

import io.jenkins.plugins.argoworkflow.engine.yaml.Location;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import java.util.List;

/**
 * A Kubernetes container as a template gives it. The fields the engine and runtimes act on are typed;
 * {@code raw} keeps the whole container as written (resources, probes, securityContext...) for the
 * Kubernetes runtime to hand to fabric8 unchanged.
 */
public record Container(String name, String image, List<String> command, List<String> args, String workingDir,
        List<EnvVar> env, List<VolumeMount> volumeMounts, String imagePullPolicy, boolean tty, YMap raw,
        Location location) {
}
