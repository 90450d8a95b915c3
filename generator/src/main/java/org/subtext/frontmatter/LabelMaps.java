package org.subtext.frontmatter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Slugs;

/**
 * Maps of a key to a text, such as {@code parties} (id: label), {@code languages} (code: label)
 * or an actor's {@code names} (code: name), read in the written order.
 */
final class LabelMaps {

    private LabelMaps() {
    }

    /** A map of id to label, such as {@code parties}. */
    static Map<String, String> byId(MapReader in, String key) {
        Diagnostics diagnostics = in.diagnostics();
        Map<String, String> result = new LinkedHashMap<>();
        forEach(in, key, "id: label", entry -> {
            if (!Slugs.isSlug(entry.key())) {
                diagnostics.error(entry.keyPosition(), "invalid id '" + entry.key() + "' in " + in.path(key)
                        + ": use lower-case letters, digits and single hyphens");
                return false;
            }
            return true;
        }, (entry, label) -> result.put(entry.key(), label));
        return result;
    }

    /** Each entry of a map keyed by language code, such as {@code languages}; bad codes are reported. */
    static void byLanguage(MapReader in, String key, String shape, BiConsumer<YamlNode.Entry, String> action) {
        forEach(in, key, shape, entry -> {
            if (Formats.LANGUAGE.matcher(entry.key()).matches()) {
                return true;
            }
            in.diagnostics().error(entry.keyPosition(), "invalid language '" + entry.key() + "' in " + key + ": "
                    + Formats.LANGUAGE_RULE);
            return false;
        }, action);
    }

    /**
     * Each entry in the written order: its key checked by {@code validKey} (which reports a bad
     * one), then its text read; {@code shape} names the entries' form for when the value is no map.
     */
    private static void forEach(MapReader in, String key, String shape, Predicate<YamlNode.Entry> validKey,
                                BiConsumer<YamlNode.Entry, String> action) {
        YamlNode node = in.value(key, false);
        if (node == null) {
            return;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            in.diagnostics().error(node.position(), "expected a map of " + shape + " in " + in.path(key)
                    + ", found " + node.describe());
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            String label = validKey.test(entry) ? in.text(entry.value(), in.path(key) + "." + entry.key(), true) : null;
            if (label != null) {
                action.accept(entry, label);
            }
        }
    }
}
