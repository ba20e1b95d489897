package io.jenkins.plugins.argoworkflow.local;

import io.jenkins.plugins.argoworkflow.engine.spi.SecretMask;
import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Secrets and config maps read from directories laid out as Kubernetes mounts them, {@code DIR/<name>/<key>}
 * (the directories {@code argowf run --secret-dir} and {@code --config-dir} name): for env
 * ({@code secretKeyRef}, {@code configMapKeyRef}, {@code envFrom}) and for {@code secret}/{@code configMap}
 * volumes. Without the directory, a node that needs one errs naming the option.
 */
final class KeyedFiles {

    /** The two kinds of keyed Kubernetes objects a pod reads, with the field names each uses. */
    enum Kind {
        SECRET("secret", "Secret", "secretName", "--secret-dir", "secretKeyRef", "secretRef"),
        CONFIG_MAP("configMap", "ConfigMap", "name", "--config-dir", "configMapKeyRef", "configMapRef");

        private final String volumeField;
        private final String objectKind;
        private final String volumeNameField;
        private final String option;
        private final String keyRefField;
        private final String envFromField;

        Kind(String volumeField, String objectKind, String volumeNameField, String option, String keyRefField,
                String envFromField) {
            this.volumeField = volumeField;
            this.objectKind = objectKind;
            this.volumeNameField = volumeNameField;
            this.option = option;
            this.keyRefField = keyRefField;
            this.envFromField = envFromField;
        }

        String volumeField() {
            return volumeField;
        }

        String keyRefField() {
            return keyRefField;
        }

        String envFromField() {
            return envFromField;
        }

        String option() {
            return option;
        }
    }

    private final Path secretDir;
    private final Path configDir;
    /** Every secret value read so far: node logs show them masked. */
    private final SecretMask secrets = new SecretMask();

    /** Either directory may be null: then nothing of that kind can be read. */
    KeyedFiles(Path secretDir, Path configDir) {
        this.secretDir = secretDir;
        this.configDir = configDir;
    }

    /** The value of {@code key} of object {@code name}; empty when it is missing and {@code optional}. */
    Optional<String> value(Kind kind, String name, String key, boolean optional, String what)
            throws LaunchException, IOException {
        Optional<Path> dir = objectDir(kind, name, optional, what);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path file = keyFile(dir.get(), key);
        if (file == null || !Files.isRegularFile(file)) {
            if (optional) {
                return Optional.empty();
            }
            throw LaunchException.error(what + ": couldn't find key " + key + " in " + kind.objectKind + " " + name
                    + " (no file " + dir.get().resolve(key) + ")");
        }
        return Optional.of(remember(kind, Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** Records a secret's value for masking; returns it. */
    private String remember(Kind kind, String value) {
        if (kind == Kind.SECRET) {
            secrets.add(value);
        }
        return value;
    }

    /**
     * {@code line} with every secret value read so far masked ({@link SecretMask}), as Jenkins masks credentials
     * in a build's console. Outputs (results, parameters) keep their values, as in Argo.
     */
    String mask(String line) {
        return secrets.mask(line);
    }

    /** Every key of object {@code name} with its value ({@code envFrom}); empty when missing and optional. */
    Map<String, String> all(Kind kind, String name, boolean optional, String what) throws LaunchException, IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Optional<Path> dir = objectDir(kind, name, optional, what);
        if (dir.isPresent()) {
            for (Path file : keys(dir.get())) {
                values.put(file.getFileName().toString(), remember(kind, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return values;
    }

    /**
     * Copies the keys a {@code secret}/{@code configMap} volume source selects ({@code items}, or every key) into
     * {@code target}, as the kubelet projects them; returns {@code target}.
     */
    Path stage(Kind kind, String volume, YMap source, Path target, String at) throws LaunchException, IOException {
        String name = NodeVolumes.text(source, kind.volumeNameField).orElse("");
        boolean optional = flag(source, "optional");
        String what = at + "volume '" + volume + "'";
        Files.createDirectories(target);
        Optional<Path> dir = objectDir(kind, name, optional, what);
        if (dir.isEmpty()) {
            return target;
        }
        Optional<YNode> items = source.get("items");
        if (items.isEmpty() || !(items.get() instanceof YSeq seq) || seq.items().isEmpty()) {
            for (Path file : keys(dir.get())) {
                remember(kind, Files.readString(file, StandardCharsets.UTF_8));
                Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }
        for (YNode item : seq.items()) {
            if (!(item instanceof YMap map)) {
                continue;
            }
            String key = NodeVolumes.text(map, "key").orElse("");
            String path = NodeVolumes.text(map, "path").orElse(key);
            Path from = keyFile(dir.get(), key);
            Path to = target.resolve(path).normalize();
            if (!to.startsWith(target) || Path.of(path).isAbsolute()) {
                throw LaunchException.error(what + ": item path " + path + " must be relative, inside the volume");
            }
            if (from == null || !Files.isRegularFile(from)) {
                if (optional) {
                    continue;
                }
                throw LaunchException.error(what + ": couldn't find key " + key + " in " + kind.objectKind + " "
                        + name + " (no file " + dir.get().resolve(key) + ")");
            }
            Files.createDirectories(to.getParent());
            remember(kind, Files.readString(from, StandardCharsets.UTF_8));
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private Optional<Path> objectDir(Kind kind, String name, boolean optional, String what) throws LaunchException {
        Path root = kind == Kind.SECRET ? secretDir : configDir;
        if (root == null) {
            throw LaunchException.error(what + " reads " + kind.objectKind + " '" + name + "', which the local runtime"
                    + " reads from files: run with " + kind.option + " DIR, where DIR/" + name + "/<key> holds each"
                    + " key's value");
        }
        Path dir = keyFile(root, name);
        if (dir == null || !Files.isDirectory(dir)) {
            if (optional) {
                return Optional.empty();
            }
            throw LaunchException.error(what + ": " + kind.volumeField + " \"" + name + "\" not found (no directory "
                    + root.resolve(name) + " under " + kind.option + ")");
        }
        return Optional.of(dir);
    }

    /** {@code dir/name} when {@code name} is one plain file name (no path tricks), else null. */
    private static Path keyFile(Path dir, String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")) {
            return null;
        }
        return dir.resolve(name);
    }

    /** The keys of an object: its regular files, not hidden ones (the kubelet's {@code ..data} links). */
    private static List<Path> keys(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    static boolean flag(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).booleanValue()).orElse(false);
    }
}
