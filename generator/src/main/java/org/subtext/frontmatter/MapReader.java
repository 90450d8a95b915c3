package org.subtext.frontmatter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;
import org.subtext.model.PartialDate;
import org.subtext.model.Ref;
import org.subtext.model.Slugs;

/**
 * Reads typed fields out of one YAML map, reporting every problem with its position and its
 * path ("claims[0].by"). A field that is wrong reads as absent, so one mistake does not cascade.
 */
final class MapReader {

    static final String DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or a timestamp like 2026-06-24T05:18:07Z";

    private final YamlNode.Mapping map;
    private final String path;
    private final Diagnostics diagnostics;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();

    MapReader(YamlNode.Mapping map, String path, Set<String> allowedKeys, Diagnostics diagnostics) {
        this.map = map;
        this.path = path;
        this.diagnostics = diagnostics;
        for (YamlNode.Entry entry : map.entries()) {
            if (allowedKeys.contains(entry.key())) {
                entries.put(entry.key(), entry);
            } else {
                diagnostics.error(entry.keyPosition(), "unknown key '" + entry.key() + "' in "
                        + (path.isEmpty() ? "front matter" : path) + Suggestions.didYouMean(entry.key(), allowedKeys));
            }
        }
    }

    /** Reads a whole YAML node as a map, or reports what it is instead. */
    static MapReader of(YamlNode node, String path, Set<String> allowedKeys, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping mapping) {
            return new MapReader(mapping, path, allowedKeys, diagnostics);
        }
        diagnostics.error(node.position(), "expected a map of keys in " + path + ", found " + node.describe());
        return null;
    }

    SourcePosition position() {
        return map.position();
    }

    /** The item's {@code id} as written, whether or not it is a valid one; null when there is none. */
    String writtenId() {
        YamlNode.Entry entry = entries.get("id");
        return entry != null && entry.value() instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        YamlNode.Entry entry = entries.get(key);
        return entry != null && !isNull(entry.value());
    }

    SourcePosition positionOf(String key) {
        YamlNode.Entry entry = entries.get(key);
        return entry == null ? map.position() : entry.value().position();
    }

    /** Where the key itself was written, for rules about the key rather than its value. */
    SourcePosition keyPosition(String key) {
        YamlNode.Entry entry = entries.get(key);
        return entry == null ? map.position() : entry.keyPosition();
    }

    /** A string with where it was written and its path ("links[1]"), for rules on its format. */
    record Text(String text, SourcePosition position, String path) {
    }

    Text text(String key, boolean required) {
        YamlNode node = value(key, required);
        String text = node == null ? null : text(node, path(key), required);
        return text == null ? null : new Text(text, node.position(), path(key));
    }

    List<Text> texts(String key) {
        List<Text> result = new ArrayList<>();
        forEachItem(key, (item, itemPath) -> {
            String text = text(item, itemPath, true);
            if (text != null) {
                result.add(new Text(text, item.position(), itemPath));
            }
        });
        return result;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The value under {@code key}, or null when it is absent or empty (reported when required). */
    YamlNode value(String key, boolean required) {
        YamlNode.Entry entry = entries.get(key);
        if (entry == null) {
            if (required) {
                diagnostics.error(map.position(), "missing required key '" + key + "'"
                        + (path.isEmpty() ? "" : " in " + path));
            }
            return null;
        }
        if (isNull(entry.value())) {
            if (required) {
                diagnostics.error(entry.keyPosition(), "missing value for required key '" + key + "'"
                        + (path.isEmpty() ? "" : " in " + path));
            }
            return null;
        }
        return entry.value();
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.NULL;
    }

    String string(String key, boolean required) {
        YamlNode node = value(key, required);
        return node == null ? null : text(node, path(key), required);
    }

    /** A scalar's text, stripped; null (reported) when it is no scalar, or empty and required. */
    String text(YamlNode node, String fieldPath, boolean required) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            diagnostics.error(node.position(), "expected a string in " + fieldPath + ", found " + node.describe());
            return null;
        }
        String text = scalar.text().strip();
        if (text.isEmpty() && required) {
            diagnostics.error(node.position(), "empty value in " + fieldPath);
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        forEachItem(key, (item, itemPath) -> {
            String text = text(item, itemPath, true);
            if (text != null) {
                result.add(text);
            }
        });
        return result;
    }

    boolean bool(String key, boolean defaultValue) {
        YamlNode node = value(key, false);
        if (node == null) {
            return defaultValue;
        }
        // only true and false: YAML 1.1's yes/no/on/off read differently across tools
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            String text = scalar.text().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
        }
        diagnostics.error(node.position(), "expected true or false in " + path(key) + ", found " + describe(node));
        return defaultValue;
    }

    PartialDate date(String key, boolean required) {
        YamlNode node = value(key, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            diagnostics.error(node.position(), "expected a date in " + path(key) + " (" + DATE_FORMS + "), found "
                    + node.describe());
            return null;
        }
        return PartialDate.parse(scalar.text()).orElseGet(() -> {
            diagnostics.error(node.position(), "invalid date '" + scalar.text() + "' in " + path(key)
                    + ": use " + DATE_FORMS);
            return null;
        });
    }

    /** An id that names this thing (a claim's id): checked for syntax. */
    String id(String key) {
        Ref ref = ref(key, true);
        return ref == null ? null : ref.id();
    }

    /** An id that points at something else; the graph stage checks that it exists. */
    Ref ref(String key, boolean required) {
        YamlNode node = value(key, required);
        return node == null ? null : toRef(node, path(key));
    }

    List<Ref> refs(String key) {
        List<Ref> result = new ArrayList<>();
        forEachItem(key, (item, itemPath) -> {
            Ref ref = toRef(item, itemPath);
            if (ref != null) {
                result.add(ref);
            }
        });
        return result;
    }

    private Ref toRef(YamlNode node, String fieldPath) {
        String text = text(node, fieldPath, true);
        if (text == null) {
            return null;
        }
        if (!Slugs.isSlug(text) || text.length() > Slugs.MAX_LENGTH) {
            String suggestion = Slugs.slugify(text);
            diagnostics.error(node.position(), "invalid id '" + text + "' in " + fieldPath
                    + ": use lower-case letters, digits and single hyphens, at most "
                    + Slugs.MAX_LENGTH + " characters"
                    + (suggestion.isEmpty() || suggestion.equals(text) ? "" : " (did you mean '" + suggestion + "'?)"));
            return null;
        }
        return new Ref(text, node.position(), fieldPath);
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue, boolean required) {
        YamlNode node = value(key, required);
        if (node == null) {
            return defaultValue;
        }
        String text = text(node, path(key), true);
        if (text == null) {
            return defaultValue;
        }
        // FACT_CHECK is written fact-check
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        if (allowed.contains(text)) {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        String suggestion = Suggestions.didYouMean(text, allowed);
        diagnostics.error(node.position(), "invalid " + key + " '" + text + "' in " + path(key)
                + (suggestion.isEmpty() ? ": use one of " + String.join(", ", allowed) : suggestion));
        return defaultValue;
    }

    /** A nested map, such as {@code headline}. */
    MapReader map(String key, Set<String> allowedKeys) {
        YamlNode node = value(key, false);
        return node == null ? null : of(node, path(key), allowedKeys, diagnostics);
    }

    /** Each item of a list of maps, such as {@code claims}, read by {@code reader}. */
    <T> List<T> objects(String key, Set<String> allowedKeys, Function<MapReader, T> reader) {
        List<T> result = new ArrayList<>();
        forEachItem(key, (item, itemPath) -> {
            MapReader itemReader = of(item, itemPath, allowedKeys, diagnostics);
            if (itemReader != null) {
                T value = reader.apply(itemReader);
                if (value != null) {
                    result.add(value);
                }
            }
        });
        return result;
    }

    private void forEachItem(String key, BiConsumer<YamlNode, String> action) {
        YamlNode node = value(key, false);
        if (node == null) {
            return;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            diagnostics.error(node.position(), "expected a list in " + path(key) + ", found " + describe(node)
                    + " (write [a, b] or one '- item' per line)");
            return;
        }
        for (int i = 0; i < sequence.items().size(); i++) {
            action.accept(sequence.items().get(i), path(key) + "[" + i + "]");
        }
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Scalar.Kind.NULL
                ? "'" + scalar.text() + "'" : node.describe();
    }

    static Set<String> keys(String... keys) {
        return Arrays.stream(keys).collect(Collectors.toUnmodifiableSet());
    }
}
