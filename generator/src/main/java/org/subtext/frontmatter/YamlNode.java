package org.subtext.frontmatter;

import java.util.List;

import org.subtext.diag.SourcePosition;

/** A YAML value with the place it was written, so every rule can point at its line. */
public sealed interface YamlNode {

    SourcePosition position();

    /** What a writer would call this value, for "expected a string, found a list". */
    String describe();

    /** A scalar; {@code kind} says how YAML would read it unquoted, {@code text} is exactly as written. */
    record Scalar(String text, Kind kind, SourcePosition position) implements YamlNode {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "nothing";
            };
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    }
}
