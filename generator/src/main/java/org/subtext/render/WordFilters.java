package org.subtext.render;

import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.subtext.view.Words;

/**
 * The two filters templates put words together with, so that no word order or plural is written in a
 * template: {@code {{ t | fill("claims_by", page.name) }}} puts values in a message's {0}, {1}, ...;
 * {@code {{ t | count("explainers", n) }}} picks {@code explainers_one}, {@code _few}, {@code _many} or
 * {@code _other} by the plural rule the messages name ({@code plural_rule}) and puts n in its {0}.
 * Templates see the words already escaped ({@link #forTemplates}), and these filters escape the values
 * they put in, as Pebble escapes any value it prints. Both take the words themselves ({@code t}) and a
 * key, never a text: Pebble hands a filter its input as a plain string, which could not tell an escaped
 * message from a writer's text.
 */
final class WordFilters {

    private static final HtmlEscaping ESCAPING = new HtmlEscaping();

    private WordFilters() {
    }

    /**
     * The words as templates get them, made once per language: escaped as text (an apostrophe, which
     * needs no escaping in text or in a double-quoted attribute, is left as written) and marked safe.
     */
    static Map<String, Object> forTemplates(Map<String, String> words) {
        Map<String, Object> safe = new java.util.HashMap<>();
        words.forEach((key, text) -> safe.put(key, new SafeString(ESCAPING.escape(text).replace("&#39;", "'"))));
        return java.util.Collections.unmodifiableMap(safe);
    }

    /** A value put into a message: as it is when it is a message (escaped already), else escaped. */
    private static String escaped(Object value) {
        return value instanceof SafeString safe ? safe.toString() : ESCAPING.escape(String.valueOf(value));
    }

    static Map<String, Filter> all() {
        return Map.of("fill", new Fill(), "count", new Count());
    }

    private static SafeString fill(Object text, List<Object> values) {
        String filled = escaped(text);
        for (int i = 0; i < values.size(); i++) {
            filled = filled.replace("{" + i + "}", escaped(values.get(i)));
        }
        return new SafeString(filled);
    }

    /** The message {@code key} of the words {@code input}. */
    private static Object message(Object input, Object key) {
        Object text = ((Map<?, ?>) input).get(String.valueOf(key));
        return text == null ? "[" + key + "]" : text;
    }

    /** {@code t | fill("key", a, b, c)}: up to three values. */
    private static final class Fill implements Filter {
        private static final List<String> VALUES = List.of("a", "b", "c");

        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "a", "b", "c");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            List<Object> values = VALUES.stream().filter(args::containsKey).map(args::get).toList();
            return fill(message(input, args.get("key")), values);
        }
    }

    /** {@code t | count("key", n)}, or {@code t | count("key", n, a)} with a second value in {1}. */
    private static final class Count implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "n", "a");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            Map<?, ?> words = (Map<?, ?>) input;
            String key = String.valueOf(args.get("key"));
            long n = ((Number) args.get("n")).longValue();
            Object rule = words.get("plural_rule");
            Object text = words.get(key + "_" + Words.category(rule == null ? "one-other" : rule.toString(), n));
            if (text == null) {
                text = message(words, key + "_other");
            }
            return fill(text, args.containsKey("a") ? List.of(n, args.get("a")) : List.of(n));
        }
    }
}
