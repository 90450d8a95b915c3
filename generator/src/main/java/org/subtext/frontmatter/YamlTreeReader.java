package org.subtext.frontmatter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into {@link YamlNode}s that remember their line and column in the file. Only plain
 * data is accepted: aliases, anchors, tags and duplicate keys are errors, because front matter
 * that means something other than what it shows is a trap for writers and a door for attackers.
 */
public final class YamlTreeReader {

    static final int MAX_YAML_CHARS = 256 * 1024;
    static final int MAX_DEPTH = 40;

    private final BlockYamlReader block = new BlockYamlReader();
    // made on first use: most sites never leave the block reader's subset, and Jackson's classes
    // are then never loaded
    private volatile YAMLFactory factory;

    private YAMLFactory factory() {
        YAMLFactory made = factory;
        if (made == null) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(MAX_DEPTH + 10);
            options.setCodePointLimit(MAX_YAML_CHARS * 2);
            made = YAMLFactory.builder()
                    .loaderOptions(options)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                    .build();
            factory = made;
        }
        return made;
    }

    /** Thrown inside the reader to stop at the first YAML error; never leaves this class. */
    private static final class Stop extends Exception {
        final Diagnostic diagnostic;

        Stop(Diagnostic diagnostic) {
            super(null, null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    public sealed interface Result {
    }

    public record Ok(YamlNode root) implements Result {
    }

    public record Failed(Diagnostic diagnostic) implements Result {
    }

    /**
     * @param firstLine the file line on which {@code yaml} starts, so positions point into the file
     */
    public Result read(String file, String yaml, int firstLine) {
        if (yaml.length() > MAX_YAML_CHARS) {
            return new Failed(Diagnostic.error(new SourcePosition(file, firstLine, 1),
                    "front matter is larger than " + (MAX_YAML_CHARS / 1024) + " KiB"));
        }
        YamlNode quick = block.read(file, yaml, firstLine);
        return quick != null ? new Ok(quick) : readFully(file, yaml, firstLine);
    }

    /** Through SnakeYAML, for every YAML text, and the only way to an error. */
    Result readFully(String file, String yaml, int firstLine) {
        Parse parse = new Parse(file, yaml, firstLine);
        try (YAMLParser parser = factory().createParser(yaml)) {
            parse.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Ok(new YamlNode.Mapping(List.of(), new SourcePosition(file, firstLine, 1)));
            }
            YamlNode root = parse.value(0);
            if (parser.nextToken() != null) {
                return new Failed(Diagnostic.error(parse.position(parser.currentTokenLocation()),
                        "a second YAML document: front matter holds one map of keys"));
            }
            return new Ok(root);
        } catch (Stop stop) {
            return new Failed(stop.diagnostic);
        } catch (StreamReadException e) {
            return new Failed(parse.syntaxError(e));
        } catch (IOException e) {
            return new Failed(Diagnostic.error(new SourcePosition(file, firstLine, 1),
                    "unreadable YAML: " + e.getClass().getSimpleName()));
        }
    }

    private static final class Parse {
        final String file;
        final String text;
        final int firstLine;
        YAMLParser parser;

        Parse(String file, String text, int firstLine) {
            this.file = file;
            this.text = text;
            this.firstLine = firstLine;
        }

        SourcePosition position(JsonLocation location) {
            return new SourcePosition(file, location.getLineNr() + firstLine - 1, Math.max(1, location.getColumnNr()));
        }

        YamlNode value(int depth) throws IOException, Stop {
            SourcePosition position = position(parser.currentTokenLocation());
            if (depth > MAX_DEPTH) {
                throw new Stop(Diagnostic.error(position, "YAML nested more than " + MAX_DEPTH + " levels deep"));
            }
            if (parser.isCurrentAlias()) {
                throw new Stop(Diagnostic.error(position,
                        "YAML aliases ('*name') are not allowed: write the value out"));
            }
            if (parser.getObjectId() != null) {
                throw new Stop(Diagnostic.error(position,
                        "YAML anchors ('&name') are not allowed: write the value out"));
            }
            if (parser.getTypeId() != null) {
                throw new Stop(Diagnostic.error(position,
                        "YAML tags ('!" + "…') are not allowed: front matter holds plain strings, lists and maps"));
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(position, depth);
                case START_ARRAY -> sequence(position, depth);
                // an empty value ("key:") means nothing was written, whether or not it was quoted
                case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), parser.getText().isEmpty()
                        ? YamlNode.Scalar.Kind.NULL : YamlNode.Scalar.Kind.STRING, position);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.NUMBER, position);
                case VALUE_TRUE, VALUE_FALSE ->
                        new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.BOOLEAN, position);
                case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, position);
                default -> throw new Stop(Diagnostic.error(position, "unsupported YAML value"));
            };
        }

        private YamlNode mapping(SourcePosition position, int depth) throws IOException, Stop {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, SourcePosition> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePosition keyPosition = position(parser.currentTokenLocation());
                SourcePosition earlier = seen.putIfAbsent(key, keyPosition);
                if (earlier != null) {
                    throw new Stop(Diagnostic.error(keyPosition, "duplicate key '" + key
                            + "' (first at line " + earlier.line() + ")"));
                }
                parser.nextToken();
                entries.add(new YamlNode.Entry(key, keyPosition, value(depth + 1)));
            }
            return new YamlNode.Mapping(entries, position);
        }

        private YamlNode sequence(SourcePosition position, int depth) throws IOException, Stop {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(depth + 1));
            }
            return new YamlNode.Sequence(items, position);
        }

        Diagnostic syntaxError(StreamReadException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
                Mark contextMark = marked.getContextMark();
                YamlSyntaxMessages.Explained explained = new YamlSyntaxMessages(text, firstLine).explain(problem,
                        marked.getContext(), mark.getLine(), mark.getColumn(),
                        contextMark == null ? -1 : contextMark.getLine());
                if (explained != null) {
                    return Diagnostic.error(new SourcePosition(file, explained.line() + firstLine,
                            explained.column() + 1), explained.message());
                }
                SourcePosition position = new SourcePosition(file, mark.getLine() + firstLine, mark.getColumn() + 1);
                String context = "";
                if (marked.getContext() != null && marked.getContextMark() != null
                        && marked.getContextMark().getLine() != mark.getLine()) {
                    context = " (" + marked.getContext().strip() + " at line "
                            + (marked.getContextMark().getLine() + firstLine) + ")";
                }
                return Diagnostic.error(position, explain(problem) + context);
            }
            SourcePosition position = e.getLocation() == null
                    ? new SourcePosition(file, firstLine, 1) : position(e.getLocation());
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            return Diagnostic.error(position, "invalid YAML: " + (newline < 0 ? message : message.substring(0, newline)));
        }

        private static String explain(String problem) {
            if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
                return "invalid YAML: a tab character; indent with spaces";
            }
            return "invalid YAML: " + problem;
        }
    }
}
