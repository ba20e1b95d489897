package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.jenkins.plugins.argoworkflow.engine.run.NodePhase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a pod's status means for its node, as Argo's {@code assessNodeStatus}, {@code inferFailedReason} and
 * {@code getPendingReason} read it ({@code workflow/controller/operator.go}).
 */
final class PodOutcome {

    /** A finished pod's phase and message for its node. */
    record Ended(NodePhase phase, String message) {
    }

    private PodOutcome() {
    }

    static boolean completed(Pod pod) {
        String phase = phase(pod);
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    static String phase(Pod pod) {
        return pod.getStatus() == null ? null : pod.getStatus().getPhase();
    }

    /** Argo's getPendingReason: the first waiting container's reason and message, else Unschedulable's. */
    static String pendingReason(Pod pod) {
        if (pod.getStatus() == null) {
            return null;
        }
        for (ContainerStatus c : pod.getStatus().getContainerStatuses()) {
            ContainerStateWaiting w = c.getState() == null ? null : c.getState().getWaiting();
            if (w != null) {
                return w.getMessage() == null || w.getMessage().isEmpty() ? w.getReason()
                        : w.getReason() + ": " + w.getMessage();
            }
        }
        for (PodCondition cond : pod.getStatus().getConditions()) {
            if ("Unschedulable".equals(cond.getReason())) {
                return cond.getMessage() == null || cond.getMessage().isEmpty() ? cond.getReason()
                        : cond.getReason() + ": " + cond.getMessage();
            }
        }
        return null;
    }

    static Optional<ContainerStateTerminated> terminated(Pod pod, String container) {
        if (pod.getStatus() == null) {
            return Optional.empty();
        }
        return pod.getStatus().getContainerStatuses().stream().filter(c -> container.equals(c.getName()))
                .map(c -> c.getState() == null ? null : c.getState().getTerminated()).filter(t -> t != null).findFirst();
    }

    /** Whether the init container {@code name} runs now (it waits there for what the controller streams in). */
    static boolean initRunning(Pod pod, String name) {
        return pod.getStatus() != null && pod.getStatus().getInitContainerStatuses().stream()
                .anyMatch(c -> name.equals(c.getName()) && c.getState() != null && c.getState().getRunning() != null);
    }

    static boolean started(Pod pod, String container) {
        return pod.getStatus() != null && pod.getStatus().getContainerStatuses().stream()
                .anyMatch(c -> container.equals(c.getName()) && c.getState() != null
                        && (c.getState().getRunning() != null || c.getState().getTerminated() != null));
    }

    /**
     * Argo's daemon test ({@code assessNodeStatus}): the pod is Running and every container is ready (its
     * readiness probe passed, or it has none and runs).
     */
    static boolean ready(Pod pod) {
        return "Running".equals(phase(pod)) && !pod.getStatus().getContainerStatuses().isEmpty()
                && pod.getStatus().getContainerStatuses().stream().allMatch(c -> Boolean.TRUE.equals(c.getReady()));
    }

    /** The node's phase and message for a Succeeded or Failed pod. */
    static Ended ended(Pod pod) {
        if ("Succeeded".equals(phase(pod))) {
            return new Ended(NodePhase.SUCCEEDED, null);
        }
        return failed(pod);
    }

    /** Argo's inferFailedReason. */
    private static Ended failed(Pod pod) {
        String podMessage = pod.getStatus().getMessage();
        if (podMessage != null && !podMessage.isEmpty()) {
            return new Ended(NodePhase.FAILED, podMessage);
        }
        List<ContainerStatus> ctrs = new ArrayList<>(pod.getStatus().getInitContainerStatuses());
        List<ContainerStatus> others = new ArrayList<>(pod.getStatus().getContainerStatuses());
        others.sort(Comparator.comparingInt(c -> order(c.getName())));
        ctrs.addAll(others);
        if (ctrs.isEmpty()) {
            return new Ended(NodePhase.FAILED, "can't find failed message for pod " + pod.getMetadata().getName()
                    + " namespace " + pod.getMetadata().getNamespace());
        }
        boolean mainSucceeded = false;
        boolean waitSucceeded = false;
        for (ContainerStatus c : ctrs) {
            ContainerStateWaiting w = c.getState() == null ? null : c.getState().getWaiting();
            if (w != null) {
                return new Ended(NodePhase.ERROR, "Pod failed before " + c.getName() + " container starts due to "
                        + w.getReason() + ": " + (w.getMessage() == null ? "" : w.getMessage()));
            }
            ContainerStateTerminated t = c.getState() == null ? null : c.getState().getTerminated();
            if (t == null) {
                continue;
            }
            if (t.getExitCode() == 0) {
                mainSucceeded |= PodManifest.MAIN.equals(c.getName());
                waitSucceeded |= PodManifest.WAIT.equals(c.getName());
                continue;
            }
            String msg = c.getName() + ": " + t.getReason() + " (exit code " + t.getExitCode() + ")";
            // main's termination message carries its outputs (see emissary.sh), not words for people.
            if (t.getMessage() != null && !t.getMessage().isEmpty() && !OutputsMessage.isOutputs(t.getMessage())) {
                msg = msg + ": " + t.getMessage().strip();
            }
            switch (c.getName()) {
                case PodManifest.INIT, PodManifest.WAIT -> {
                    return new Ended(NodePhase.ERROR, msg);
                }
                case PodManifest.MAIN -> {
                    return new Ended(NodePhase.FAILED, msg);
                }
                default -> {
                    if (t.getExitCode() != 137 && t.getExitCode() != 143) {
                        return new Ended(NodePhase.FAILED, msg);
                    }
                }
            }
        }
        if (mainSucceeded) {
            return waitSucceeded ? new Ended(NodePhase.SUCCEEDED, null)
                    : new Ended(NodePhase.FAILED, "pod failed: wait container did not complete successfully");
        }
        return new Ended(NodePhase.FAILED, waitSucceeded ? "pod failed: main container did not complete successfully"
                : "pod failed: neither main nor wait container completed successfully");
    }

    private static int order(String name) {
        return switch (name) {
            case PodManifest.MAIN -> 1;
            case PodManifest.WAIT -> 2;
            default -> 3;
        };
    }
}
