package io.jenkins.plugins.argoworkflow.engine.image;

import io.jenkins.plugins.argoworkflow.engine.yaml.YMap;
import io.jenkins.plugins.argoworkflow.engine.yaml.YNode;
import io.jenkins.plugins.argoworkflow.engine.yaml.YScalar;
import io.jenkins.plugins.argoworkflow.engine.yaml.YSeq;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlException;
import io.jenkins.plugins.argoworkflow.engine.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an image index file ({@code argowf run --image-index FILE}): Argo's {@code images:} controller setting,
 * a YAML or JSON mapping of image to {@code {entrypoint: [...], cmd: [...]}}. The whole setting
 * ({@code images:} as the only key, its value a mapping or, as in Argo's ConfigMap, a YAML text) is
 * accepted too, so an entry can be copied from a cluster's configuration as it is.
 */
public final class ImageIndexFile {

    private static final Set<String> FIELDS = Set.of("entrypoint", "cmd");

    private ImageIndexFile() {
    }

    /**
     * The entries of {@code file}.
     *
     * @throws IllegalArgumentException with {@code file:line:col} and what is wrong, for a file of another shape
     */
    public static Map<String, ImageEntrypoint> read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * The entries of an index given as text (a setting rather than a file), {@code source} naming it in messages.
     *
     * @throws IllegalArgumentException with {@code source:line:col} and what is wrong
     */
    public static Map<String, ImageEntrypoint> parse(String source, String text) {
        try {
            return entries(single(new YamlLoader().loadAll(source, text), source), source);
        } catch (YamlException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static YNode single(List<YNode> documents, String source) {
        if (documents.size() != 1) {
            throw new IllegalArgumentException(source + ": an image index holds one mapping of image to"
                    + " {entrypoint, cmd}, not " + documents.size() + " documents");
        }
        return documents.get(0);
    }

    private static Map<String, ImageEntrypoint> entries(YNode root, String file) {
        YMap images = mapping(root, "an image index");
        if (images.size() == 1 && images.has("images")) {
            YNode setting = images.get("images").orElseThrow();
            // In Argo's ConfigMap the setting is a YAML text (images: |); read it in place.
            images = setting instanceof YScalar text
                    ? mapping(single(new YamlLoader().loadAll(file + " (images)", text.text()), file),
                            "images")
                    : mapping(setting, "images");
        }
        Map<String, ImageEntrypoint> entries = new LinkedHashMap<>();
        for (YMap.Entry e : images.entries()) {
            YMap entry = mapping(e.value(), "image " + e.name());
            for (YMap.Entry field : entry.entries()) {
                if (!FIELDS.contains(field.name())) {
                    throw problem(field.key(), "image " + e.name() + ": unknown field '" + field.name()
                            + "'; an entry has entrypoint and cmd");
                }
            }
            ImageEntrypoint image = new ImageEntrypoint(words(entry, "entrypoint", e.name()), words(entry, "cmd", e.name()));
            if (image.isEmpty()) {
                throw problem(e.value(), "image " + e.name() + " gives neither entrypoint nor cmd");
            }
            entries.put(e.name(), image);
        }
        return entries;
    }

    private static List<String> words(YMap entry, String field, String image) {
        List<String> words = new ArrayList<>();
        YNode node = entry.get(field).orElse(null);
        if (node == null) {
            return words;
        }
        if (!(node instanceof YSeq seq)) {
            throw problem(node, "image " + image + ": " + field + " must be a list of strings, not a " + node.kindName());
        }
        for (YNode item : seq.items()) {
            if (!(item instanceof YScalar s) || s.isNull()) {
                throw problem(item, "image " + image + ": " + field + " must be a list of strings");
            }
            words.add(s.text());
        }
        return words;
    }

    private static YMap mapping(YNode node, String what) {
        if (node instanceof YMap map) {
            return map;
        }
        throw problem(node, what + " must be a mapping, not a " + node.kindName());
    }

    private static IllegalArgumentException problem(YNode at, String message) {
        return new IllegalArgumentException(at.location() + ": " + message);
    }
}
