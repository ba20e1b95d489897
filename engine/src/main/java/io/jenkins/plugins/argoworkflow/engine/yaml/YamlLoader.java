package io.jenkins.plugins.argoworkflow.engine.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML (one or more documents) and JSON into {@link YNode} trees with locations.
 *
 * <p>SnakeYAML only composes here: it builds its node graph and never constructs Java objects, so no tag
 * can instantiate a class. Scalars are typed by {@link YScalar#plain} (Kubernetes's YAML 1.1 rules), not by
 * SnakeYAML's resolver. Duplicate keys are errors: Kubernetes's strict decoding rejects them, and a silent
 * "last one wins" hides mistakes.
 */
public final class YamlLoader {

    /** Marks plain scalars so that they can be resolved with go-yaml's rules rather than SnakeYAML's. */
    private static final Tag PLAIN = new Tag("tag:argowf:plain");
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private final YamlLimits limits;

    public YamlLoader() {
        this(YamlLimits.DEFAULT);
    }

    public YamlLoader(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * Loads every document of {@code text}. Empty documents are left out.
     *
     * @param file the name locations carry (a path as the user gave it)
     * @throws YamlException on a syntax error, a limit, a duplicate key or an unsupported tag
     */
    public List<YNode> loadAll(String file, String text) {
        if (text.length() > limits.maxCodePoints()) {
            throw new YamlException(Location.ofFile(file), "the file has " + text.length()
                    + " characters, more than the limit of " + limits.maxCodePoints() + "; split it or shorten it");
        }
        if (JsonReader.looksLikeJson(text)) {
            return List.of(new JsonReader(file, limits).read(text));
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // checked below, with both locations in the message
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxCodePoints());
        options.setMergeOnCompose(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new PlainMarkingResolver());
        List<YNode> documents = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                if (node == null) {
                    continue;
                }
                Converter converter = new Converter(file);
                YNode converted = converter.convert(node);
                if (converted instanceof YMap root && converter.layout.faithful()) {
                    root.sourceLayout(converter.layout);
                }
                if (!(converted instanceof YScalar s && s.isNull())) {
                    documents.add(converted);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (problem.startsWith("Global tag is not allowed")) {
                throw new YamlException(location(file, mark), "YAML tag " + problem.substring(problem.indexOf(':') + 1).trim()
                        + " is not supported; remove the tag", e);
            }
            if (e.getContext() != null) {
                problem = problem + " (" + e.getContext() + ")";
            }
            throw new YamlException(location(file, mark), "YAML syntax error: " + problem, e);
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            throw new YamlException(atCodePoint(file, text, e.getPosition()), String.format(
                    "YAML syntax error: the character U+%04X is not allowed in YAML; remove it", e.getCodePoint()), e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new YamlException(Location.ofFile(file), limitMessage(e.getMessage()), e);
        }
        return documents;
    }

    /** The line and column of the code point at {@code index} of {@code text}. */
    private static Location atCodePoint(String file, String text, int index) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; i += Character.charCount(text.codePointAt(i)), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    /** SnakeYAML's limit errors in our words: what was refused, why, and the limit. */
    private String limitMessage(String snakeMessage) {
        String m = snakeMessage == null ? "" : snakeMessage;
        if (m.startsWith("Nesting Depth exceeded")) {
            return "the document nests mappings and lists more than " + limits.maxDepth()
                    + " levels deep; it is refused as too deep (no workflow needs that)";
        }
        if (m.startsWith("Number of aliases")) {
            return "the document uses more than " + limits.maxAliases() + " aliases (*name) to mappings or lists;"
                    + " it is refused, as alias bombs do that; write the repeated parts out";
        }
        if (m.contains("exceeds the limit")) {
            return "the file has more than " + limits.maxCodePoints() + " characters; split it or shorten it";
        }
        return "cannot read YAML: " + m;
    }

    static Location location(String file, Mark mark) {
        if (mark == null) {
            return Location.ofFile(file);
        }
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static final class PlainMarkingResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: plain scalars are typed by YScalar.plain
        }

        @Override
        public Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value, boolean implicit) {
            if (kind == org.yaml.snakeyaml.nodes.NodeId.scalar && implicit) {
                return PLAIN;
            }
            return super.resolve(kind, value, implicit);
        }
    }

    /** Turns one composed document into YNodes, sharing aliased subtrees and counting their expanded size. */
    private final class Converter {
        private final String file;
        private final Map<Node, YNode> converted = new IdentityHashMap<>();
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        /**
         * One instance per distinct scalar text of the document: a 10,000-task DAG repeats "name", "template",
         * its template's name and each task's name (in the dependencies of the next), and with one instance each
         * the document is smaller and lookups by name compare references (lint and scheduling touch less memory).
         */
        private final Map<String, String> texts = new HashMap<>();
        /** The document's mappings and tags, noted as the nodes are built (lint would otherwise walk them again). */
        private final SourceLayout layout = new SourceLayout();
        private long total;

        Converter(String file) {
            this.file = file;
        }

        YNode convert(Node node) {
            YNode done = converted.get(node);
            if (done != null) {
                charge(sizes.get(node), node);
                layout.alias(done);
                return done;
            }
            long before = total;
            YNode result = switch (node.getNodeId()) {
                case scalar -> {
                    YScalar value = scalar((ScalarNode) node);
                    layout.value(value);
                    yield value;
                }
                case sequence -> sequence((SequenceNode) node);
                case mapping -> mapping((MappingNode) node);
                case anchor -> throw new YamlException(location(file, node.getStartMark()), "unexpected anchor node");
            };
            charge(1, node);
            sizes.put(node, total - before);
            converted.put(node, result);
            return result;
        }

        private void charge(long count, Node node) {
            total += count;
            if (total > limits.maxNodes()) {
                throw new YamlException(location(file, node.getStartMark()), "the document expands to more than "
                        + limits.maxNodes() + " nodes (through aliases?); it is refused as too large");
            }
        }

        private String text(ScalarNode node) {
            String text = node.getValue();
            String seen = texts.putIfAbsent(text, text);
            return seen != null ? seen : text;
        }

        private YScalar scalar(ScalarNode node) {
            Location at = location(file, node.getStartMark());
            Tag tag = node.getTag();
            if (PLAIN.equals(tag)) {
                return YScalar.plain(text(node), at);
            }
            if (!SCALAR_TAGS.contains(tag)) {
                throw new YamlException(at, "YAML tag " + tag + " is not supported; remove the tag");
            }
            if (Tag.STR.equals(tag)) {
                return YScalar.string(text(node), at);
            }
            YScalar typed = YScalar.plain(text(node), at);
            String expected = tag.equals(Tag.INT) ? "an integer" : tag.equals(Tag.FLOAT) ? "a number"
                    : tag.equals(Tag.BOOL) ? "a boolean" : "null";
            boolean fits = switch (typed.kind()) {
                case INT -> tag.equals(Tag.INT) || tag.equals(Tag.FLOAT);
                case FLOAT -> tag.equals(Tag.FLOAT);
                case BOOL -> tag.equals(Tag.BOOL);
                case NULL -> tag.equals(Tag.NULL);
                case STRING -> false;
            };
            if (!fits) {
                throw new YamlException(at, "'" + node.getValue() + "' is tagged " + tag + " but is not " + expected);
            }
            return typed;
        }

        private YSeq sequence(SequenceNode node) {
            if (!Tag.SEQ.equals(node.getTag())) {
                throw new YamlException(location(file, node.getStartMark()),
                        "YAML tag " + node.getTag() + " is not supported; remove the tag");
            }
            List<YNode> items = new ArrayList<>(node.getValue().size());
            for (Node item : node.getValue()) {
                items.add(convert(item));
            }
            return new YSeq(items, location(file, node.getStartMark()));
        }

        private YMap mapping(MappingNode node) {
            Location at = location(file, node.getStartMark());
            if (!Tag.MAP.equals(node.getTag())) {
                throw new YamlException(at, "YAML tag " + node.getTag() + " is not supported; remove the tag");
            }
            int from = layout.mark();
            Map<String, YMap.Entry> own = new LinkedHashMap<>();
            Map<String, YMap.Entry> merged = new LinkedHashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new YamlException(location(file, tuple.getKeyNode().getStartMark()),
                            "a mapping key must be a plain value, not a " + tuple.getKeyNode().getNodeId());
                }
                if (PLAIN.equals(keyNode.getTag()) && "<<".equals(keyNode.getValue())) {
                    layout.unfaithful(); // a walk meets the merged entries in the merged order
                    merge(convert(tuple.getValueNode()), merged);
                    continue;
                }
                YScalar key = scalar(keyNode);
                YMap.Entry previous = own.get(key.text());
                if (previous != null) {
                    throw new YamlException(key.location(), "duplicate key \"" + key.text()
                            + "\" (first set at line " + previous.key().location().line()
                            + "); remove one of them");
                }
                own.put(key.text(), new YMap.Entry(key, convert(tuple.getValueNode())));
            }
            List<YMap.Entry> entries = new ArrayList<>();
            merged.forEach((name, entry) -> {
                if (!own.containsKey(name)) {
                    entries.add(entry);
                }
            });
            entries.addAll(own.values());
            YMap map = new YMap(entries, at);
            layout.built(map, from);
            return map;
        }

        /** YAML merge keys: {@code <<: *base} or {@code <<: [*a, *b]}; the first source wins, own keys win over all. */
        private void merge(YNode source, Map<String, YMap.Entry> into) {
            if (source instanceof YMap map) {
                for (YMap.Entry e : map.entries()) {
                    into.putIfAbsent(e.name(), e);
                }
            } else if (source instanceof YSeq seq) {
                for (YNode item : seq.items()) {
                    if (!(item instanceof YMap)) {
                        throw new YamlException(item.location(), "a merge key (<<) takes mappings only");
                    }
                    merge(item, into);
                }
            } else {
                throw new YamlException(source.location(), "a merge key (<<) takes a mapping or a list of mappings");
            }
        }
    }
}
