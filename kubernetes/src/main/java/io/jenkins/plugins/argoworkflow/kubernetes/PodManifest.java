package io.jenkins.plugins.argoworkflow.kubernetes;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.argoworkflow.engine.model.Metadata;
import io.jenkins.plugins.argoworkflow.engine.model.Template;
import io.jenkins.plugins.argoworkflow.engine.model.UserContainer;
import io.jenkins.plugins.argoworkflow.engine.model.WorkflowSpec;
import io.jenkins.plugins.argoworkflow.engine.spi.LeafRequest;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a leaf node into its pod, as DESIGN.md lays it out and as Argo's pod builder fills it
 * ({@code workflow/controller/workflowpod.go}): {@code init} and {@code wait} executor containers beside the
 * wrapped {@code main} and sidecars, sharing {@code /var/run/argo}; the template's pod settings, falling back
 * on the workflow's; no service-account token unless a service account is asked for. A pure function of the
 * request: no client, no cluster.
 */
public final class PodManifest {

    static final String VAR_RUN_ARGO = "/var/run/argo";
    static final String VAR_RUN_ARGO_VOLUME = "var-run-argo";
    static final String STAGING = "/argo/staging";
    static final String STAGING_VOLUME = "argo-staging";
    static final String SCRIPT_PATH = STAGING + "/script";
    static final String MAIN = "main";
    static final String INIT = "init";
    static final String WAIT = "wait";
    static final String DEFAULT_TERMINATION_LOG = "/dev/termination-log";
    /** Annotations of our own: the node's full name, for people and for adoption after a restart. */
    static final String NODE_NAME_ANNOTATION = "argo-workflow/node-name";

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final PodSettings settings;

    public PodManifest(PodSettings settings) {
        this.settings = settings;
    }

    /** The pod of {@code request}'s node; throws {@link PodBuildException} for a template no pod can run. */
    public Pod build(LeafRequest request) {
        Template t = request.template();
        WorkflowSpec wf = request.workflowSpec();
        if (t.mainContainer() == null) {
            throw new PodBuildException("template '" + t.name() + "' is a " + t.type()
                    + " template; the kubernetes runtime runs container and script templates");
        }
        boolean script = t.script() != null && !t.script().source().isEmpty();
        Container main = Wrapping.main(t, script, request.inputs(), settings.images());
        List<Container> sidecars = new ArrayList<>();
        for (UserContainer s : t.sidecars()) {
            sidecars.add(Wrapping.sidecar(s, main, settings.images()));
        }
        List<Container> containers = new ArrayList<>();
        containers.add(waitContainer(sidecars));
        containers.add(main);
        containers.addAll(sidecars);
        List<Container> inits = new ArrayList<>();
        inits.add(initContainer(t, script, !request.inputs().artifacts().isEmpty()));
        for (UserContainer u : t.initContainers()) {
            inits.add(Wrapping.userInit(u, main));
        }
        if (script) {
            mount(inits.get(0), STAGING_VOLUME, STAGING);
            mount(main, STAGING_VOLUME, STAGING);
        }

        PodSpec spec = new PodSpec();
        spec.setRestartPolicy("Never");
        spec.setInitContainers(inits);
        spec.setContainers(containers);
        spec.setVolumes(volumes(request, script, inits, containers));
        if (t.activeDeadlineSeconds() != null && t.activeDeadlineSeconds().isInt()) {
            spec.setActiveDeadlineSeconds((long) t.activeDeadlineSeconds().intValue());
        }
        serviceAccount(spec, t, wf);
        scheduling(spec, t, wf);

        Pod pod = new PodBuilder().withNewMetadata().withName(request.podName()).withNamespace(settings.namespace())
                .withLabels(labels(request, wf)).withAnnotations(annotations(request, wf)).endMetadata()
                .withSpec(spec).build();
        String patch = PodSpecPatch.combine(wf == null ? null : wf.podSpecPatch(), t.podSpecPatch());
        return patch == null ? pod : PodSpecPatch.apply(pod, patch);
    }

    /** The pod as YAML, the way {@code argowf pod} prints it and the golden files keep it. */
    public static String toYaml(Pod pod) {
        return JSON.asYaml(pod);
    }

    static <T> T convert(YNode node, Class<T> type) {
        return JSON.convertValue(node.toJava(), type);
    }

    static Container convert(Map<String, Object> container) {
        return JSON.convertValue(container, Container.class);
    }

    static <T> List<T> convertAll(List<YNode> nodes, Class<T> type) {
        return nodes.stream().map(n -> convert(n, type)).toList();
    }

    private Container initContainer(Template t, boolean script, boolean inputArtifacts) {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar("ARGO_EMISSARY", ExecutorScripts.EMISSARY, null));
        if (script) {
            env.add(new EnvVar("ARGO_SCRIPT", t.script().source(), null));
        }
        if (inputArtifacts) {
            // init waits for the controller to stream the inputs in (see init.sh and InputArtifacts).
            env.add(new EnvVar("ARGO_INPUT_ARTIFACTS", "true", null));
            env.add(new EnvVar("ARGO_INPUT_TIMEOUT_SECONDS", Long.toString(settings.collectTimeout().toSeconds()),
                    null));
        }
        return new ContainerBuilder().withName(INIT).withImage(settings.executorImage())
                .withCommand("/bin/sh", "-c", ExecutorScripts.INIT).withEnv(env)
                .withVolumeMounts(varRunArgo()).build();
    }

    private Container waitContainer(List<Container> sidecars) {
        String names = String.join(" ", sidecars.stream().map(Container::getName).toList());
        return new ContainerBuilder().withName(WAIT).withImage(settings.executorImage())
                .withCommand("/bin/sh", "-c", ExecutorScripts.WAIT)
                .withEnv(new EnvVar("ARGO_SIDECARS", names, null),
                        new EnvVar("ARGO_SIDECAR_GRACE_SECONDS", Long.toString(settings.sidecarGrace().toSeconds()), null),
                        new EnvVar("ARGO_COLLECT_TIMEOUT_SECONDS",
                                Long.toString(settings.collectTimeout().toSeconds()), null))
                .withVolumeMounts(varRunArgo()).build();
    }

    static VolumeMount varRunArgo() {
        return new VolumeMountBuilder().withName(VAR_RUN_ARGO_VOLUME).withMountPath(VAR_RUN_ARGO).build();
    }

    private static void mount(Container c, String volume, String path) {
        List<VolumeMount> mounts = new ArrayList<>(c.getVolumeMounts());
        mounts.add(new VolumeMountBuilder().withName(volume).withMountPath(path).build());
        c.setVolumeMounts(mounts);
    }

    private static Map<String, String> labels(LeafRequest request, WorkflowSpec wf) {
        Map<String, String> labels = metadata(request, wf, Metadata::labels);
        labels.putAll(new java.util.TreeMap<>(request.labels())); // a Map.copyOf: its order varies by JVM
        return labels;
    }

    /** Argo's addMetadata: the workflow's podMetadata, then the template's metadata over it. */
    private static Map<String, String> metadata(LeafRequest request, WorkflowSpec wf,
            java.util.function.Function<Metadata, Map<String, String>> part) {
        Map<String, String> out = new LinkedHashMap<>();
        if (wf != null && wf.podMetadata() != null) {
            out.putAll(part.apply(wf.podMetadata()));
        }
        if (request.template().metadata() != null) {
            out.putAll(part.apply(request.template().metadata()));
        }
        return out;
    }

    private static Map<String, String> annotations(LeafRequest request, WorkflowSpec wf) {
        Map<String, String> annotations = metadata(request, wf, Metadata::annotations);
        annotations.put(NODE_NAME_ANNOTATION, request.nodeName());
        annotations.put("kubectl.kubernetes.io/default-container", MAIN);
        return annotations;
    }

    /**
     * The service account as Argo sets it, and the token: none unless the template or workflow names a
     * service account (or asks for the token itself), so a workflow pod holds no Kubernetes credentials.
     */
    private static void serviceAccount(PodSpec spec, Template t, WorkflowSpec wf) {
        String account = first(t.serviceAccountName(), wf == null ? null : wf.serviceAccountName());
        spec.setServiceAccountName(account);
        Boolean automount = t.automountServiceAccountToken() != null ? t.automountServiceAccountToken()
                : wf == null ? null : wf.automountServiceAccountToken();
        if (automount == null) {
            automount = account == null ? Boolean.FALSE : null;
        }
        spec.setAutomountServiceAccountToken(automount);
    }

    /** Argo's addSchedulingConstraints, addDNSConfig and imagePullSecrets: the template's, else the workflow's. */
    private static void scheduling(PodSpec spec, Template t, WorkflowSpec wf) {
        spec.setNodeSelector(t.nodeSelector().isEmpty() && wf != null ? wf.nodeSelector() : t.nodeSelector());
        YNode affinity = t.affinity() != null ? t.affinity() : wf == null ? null : wf.affinity();
        spec.setAffinity(affinity == null ? null : convert(affinity, Affinity.class));
        List<YNode> tolerations = t.tolerations().isEmpty() && wf != null ? wf.tolerations() : t.tolerations();
        spec.setTolerations(convertAll(tolerations, Toleration.class));
        spec.setSchedulerName(first(t.schedulerName(), wf == null ? null : wf.schedulerName()));
        spec.setPriorityClassName(first(t.priorityClassName(), wf == null ? null : wf.podPriorityClassName()));
        List<YNode> aliases = new ArrayList<>();
        if (wf != null) {
            aliases.addAll(wf.hostAliases());
        }
        aliases.addAll(t.hostAliases());
        spec.setHostAliases(convertAll(aliases, HostAlias.class));
        YNode security = t.securityContext() != null ? t.securityContext() : wf == null ? null : wf.securityContext();
        spec.setSecurityContext(security == null ? null : convert(security, PodSecurityContext.class));
        if (wf != null) {
            spec.setImagePullSecrets(convertAll(wf.imagePullSecrets(), LocalObjectReference.class));
            spec.setHostNetwork(wf.hostNetwork());
            spec.setDnsPolicy(wf.dnsPolicy());
            spec.setDnsConfig(wf.dnsConfig() == null ? null : convert(wf.dnsConfig(), PodDNSConfig.class));
        }
    }

    /**
     * The executor's volumes, the template's own, and the workflow volumes some container mounts (Argo's
     * addVolumeReferences); a mount of no known volume is Argo's error.
     */
    private static List<Volume> volumes(LeafRequest request, boolean script, List<Container> inits,
            List<Container> containers) {
        Template t = request.template();
        WorkflowSpec wf = request.workflowSpec();
        Map<String, Volume> volumes = new LinkedHashMap<>();
        volumes.put(VAR_RUN_ARGO_VOLUME, new VolumeBuilder().withName(VAR_RUN_ARGO_VOLUME).withNewEmptyDir()
                .endEmptyDir().build());
        if (script) {
            volumes.put(STAGING_VOLUME, new VolumeBuilder().withName(STAGING_VOLUME).withNewEmptyDir().endEmptyDir()
                    .build());
        }
        for (Volume v : convertAll(t.volumes(), Volume.class)) {
            volumes.putIfAbsent(v.getName(), v);
        }
        Map<String, Volume> global = new LinkedHashMap<>();
        if (!request.workflowVolumes().isEmpty()) {
            convertAll(request.workflowVolumes(), Volume.class).forEach(v -> global.putIfAbsent(v.getName(), v));
        } else if (wf != null) {
            // A request without the engine's volumes (argowf pod): spec.volumes, then the claims as Argo names them.
            convertAll(wf.volumes(), Volume.class).forEach(v -> global.putIfAbsent(v.getName(), v));
            for (io.fabric8.kubernetes.api.model.PersistentVolumeClaim c : VolumeClaims.templates(wf)) {
                String name = c.getMetadata().getName();
                global.putIfAbsent(name, new VolumeBuilder().withName(name).withNewPersistentVolumeClaim()
                        .withClaimName(VolumeClaims.claimName(request.workflowName(), name)).endPersistentVolumeClaim()
                        .build());
            }
        }
        List<Container> all = new ArrayList<>(inits);
        all.addAll(containers);
        for (Container c : all) {
            for (VolumeMount m : c.getVolumeMounts()) {
                if (volumes.containsKey(m.getName())) {
                    continue;
                }
                Volume v = global.get(m.getName());
                if (v == null) {
                    throw new PodBuildException(missingVolume(m.getName()));
                }
                volumes.put(v.getName(), v);
            }
        }
        return new ArrayList<>(volumes.values());
    }

    private static String missingVolume(String name) {
        return "volume '" + name + "' not found in workflow spec";
    }

    static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }
}
