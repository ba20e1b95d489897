package io.jenkins.plugins.argoworkflow.engine.load;

import io.jenkins.plugins.argoworkflow.engine.model.Container;
import io.jenkins.plugins.argoworkflow.engine.model.ContainerSetTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.EnvVar;
import io.jenkins.plugins.argoworkflow.engine.model.ScriptTemplate;
import io.jenkins.plugins.argoworkflow.engine.model.UserContainer;
import io.jenkins.plugins.argoworkflow.engine.model.VolumeMount;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import java.util.List;

/** Readers for Kubernetes containers as templates use them (container, script, sidecars, init containers). */
final class ContainerReaders {

    /** Kubernetes core/v1 Container fields that the model keeps only in the raw tree. */
    private static final String[] RAW_CONTAINER_FIELDS = {"ports", "envFrom", "resources", "resizePolicy",
        "restartPolicy", "restartPolicyRules", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
        "terminationMessagePath", "terminationMessagePolicy", "securityContext", "stdin", "stdinOnce"};

    private ContainerReaders() {
    }

    static Container container(YNode node, ModelReader r) {
        return container(r.fields(node, "Container"), r);
    }

    /** Reads the container fields of {@code f}; the caller adds its own fields, then finishes. */
    private static Container readContainer(Fields f, ModelReader r) {
        f.known(RAW_CONTAINER_FIELDS);
        return new Container(f.string("name"), f.string("image"), f.strings("command"), f.strings("args"),
                f.string("workingDir"), f.list("env", ContainerReaders::envVar),
                f.list("volumeMounts", ContainerReaders::volumeMount), f.string("imagePullPolicy"),
                f.bool("tty", false), f.map(), f.location());
    }

    private static Container container(Fields f, ModelReader r) {
        Container c = readContainer(f, r);
        f.finish();
        return c;
    }

    static ScriptTemplate script(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ScriptTemplate");
        Container c = readContainer(f, r);
        String source = f.string("source");
        f.finish();
        return new ScriptTemplate(c, source == null ? "" : source);
    }

    static UserContainer userContainer(YNode node, ModelReader r) {
        Fields f = r.fields(node, "UserContainer");
        Container c = readContainer(f, r);
        boolean mirror = f.bool("mirrorVolumeMounts", false);
        f.finish();
        return new UserContainer(c, mirror);
    }

    static ContainerSetTemplate containerSet(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ContainerSetTemplate");
        ContainerSetTemplate t = new ContainerSetTemplate(f.list("containers", ContainerReaders::containerNode),
                f.list("volumeMounts", ContainerReaders::volumeMount), f.raw("retryStrategy"));
        f.finish();
        return t;
    }

    private static ContainerSetTemplate.ContainerNode containerNode(YNode node, ModelReader r) {
        Fields f = r.fields(node, "ContainerNode");
        Container c = readContainer(f, r);
        List<String> deps = f.strings("dependencies");
        f.finish();
        return new ContainerSetTemplate.ContainerNode(c, deps);
    }

    static VolumeMount volumeMount(YNode node, ModelReader r) {
        Fields f = r.fields(node, "VolumeMount");
        f.known("mountPropagation", "subPathExpr", "recursiveReadOnly");
        VolumeMount m = new VolumeMount(f.string("name"), f.string("mountPath"), f.string("subPath"),
                f.bool("readOnly", false), f.location());
        f.finish();
        return m;
    }

    static EnvVar envVar(YNode node, ModelReader r) {
        Fields f = r.fields(node, "EnvVar");
        EnvVar e = new EnvVar(f.string("name"), f.string("value"), f.raw("valueFrom"), f.location());
        f.finish();
        return e;
    }

    /** Reads a list of Kubernetes objects kept raw, checking only that each item is a mapping. */
    static List<YNode> rawObjects(Fields f, String key, ModelReader r) {
        return f.list(key, (n, rr) -> {
            if (!(n instanceof YMap)) {
                rr.typeError(n, key + "[]", "a mapping");
                return null;
            }
            return n;
        });
    }
}
