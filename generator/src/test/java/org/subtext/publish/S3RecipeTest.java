package org.subtext.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;

/**
 * The S3 recipe in docs/publishing.md, run on paper: its {@code aws s3 sync} and {@code aws s3 cp}
 * commands are read with the AWS CLI's rules and applied to a model of the bucket, which must then
 * hold every file of the sample site but {@code _headers}, each with the right Content-Type and
 * Cache-Control. No AWS account needed, so it runs everywhere.
 */
class S3RecipeTest {

    private static final String LONG_CACHE = "public, max-age=31536000, immutable";
    private static final String SHORT_CACHE = "public, max-age=300";
    /** A stylesheet of an earlier build: cached pages may still link to it, so it must stay. */
    private static final String EARLIER_STYLESHEET = "static/style.0123456789ab.css";
    /** A page of an earlier build that this build no longer has: it must go. */
    private static final String REMOVED_PAGE = "explainers/removed-explainer/index.html";

    /**
     * The type the AWS CLI sets without {@code --content-type}: Python's {@code mimetypes} guess by
     * extension. For {@code .js} the guess depends on Python's version, so a script must be labelled.
     */
    private static final Map<String, String> GUESSES = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("js", "application/javascript or text/javascript, by Python's version"),
            Map.entry("json", "application/json"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("xml", "text/xml"),
            Map.entry("txt", "text/plain"),
            Map.entry("pdf", "application/pdf"));

    /** An object in the bucket, and the recipe's command (1-based) that uploaded it. */
    private record S3Object(String type, String cache, int command) {
    }

    @Test
    void theRecipeUploadsEveryFileOfTheSiteWithItsTypeAndCacheLifetime(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(
                new BuildOptions(Path.of("content"), Path.of("templates"), site, false, null));
        assertTrue(result.ok(), () -> "the sample content does not build: " + result.diagnostics());

        List<AwsS3Command> commands = new ArrayList<>();
        for (List<String> words : ShellScript.commands(recipe())) {
            commands.add(AwsS3Command.parse(words));
        }
        List<String> buckets = commands.stream().filter(c -> c.verb().equals("website")).map(AwsS3Command::source)
                .toList();
        assertEquals(1, buckets.size(), "the recipe configures one bucket as a website: " + buckets);
        String bucket = buckets.get(0).endsWith("/") ? buckets.get(0) : buckets.get(0) + "/";

        Map<String, S3Object> objects = new TreeMap<>();
        objects.put(bucket + EARLIER_STYLESHEET, new S3Object("text/css", LONG_CACHE, 0));
        objects.put(bucket + REMOVED_PAGE, new S3Object("text/html; charset=utf-8", SHORT_CACHE, 0));
        for (int i = 0; i < commands.size(); i++) {
            commands.get(i).applyTo(dir, objects, i + 1);
        }

        List<String> problems = problems(site, bucket, objects);
        StringBuilder listing = new StringBuilder();
        objects.forEach((key, object) -> listing.append("%-60s %-40s %-38s (command %d)%n"
                .formatted(key.substring(bucket.length()), object.type(), object.cache(), object.command())));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems)
                + "\n\nwhat the S3 recipe leaves in the bucket:\n" + listing);
    }

    /** The {@code sh} block of the S3 section of docs/publishing.md. */
    private static String recipe() throws IOException {
        String docs = Files.readString(Path.of("docs", "publishing.md"));
        int section = docs.indexOf("\n## An S3-compatible bucket");
        assertTrue(section >= 0, "docs/publishing.md has no S3 section");
        int end = docs.indexOf("\n## ", section + 1);
        String text = docs.substring(section, end < 0 ? docs.length() : end);
        int start = text.indexOf("```sh\n");
        assertTrue(start >= 0, "the S3 section has no ```sh block");
        start += "```sh\n".length();
        return text.substring(start, text.indexOf("```\n", start));
    }

    private static List<String> problems(Path site, String bucket, Map<String, S3Object> objects)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .forEach(files::add);
        }
        for (String file : files) {
            S3Object object = objects.get(bucket + file);
            if (file.equals("_headers")) {
                if (object != null) {
                    problems.add("_headers is uploaded: it is for hosts that read it, and S3 serves it to anyone");
                }
                continue;
            }
            if (object == null) {
                problems.add(file + " is not uploaded");
                continue;
            }
            String expected = expectedType(file);
            if (!mediaType(object.type()).equals(expected)) {
                problems.add(file + " is uploaded as '" + object.type() + "', expected " + expected);
            } else if (file.endsWith(".html") && !object.type().toLowerCase(Locale.ROOT).replace(" ", "")
                    .contains(";charset=utf-8")) {
                problems.add(file + " is uploaded as '" + object.type() + "', without charset=utf-8");
            }
            String cache = file.startsWith("static/") ? LONG_CACHE : SHORT_CACHE;
            if (!cache.equals(object.cache())) {
                problems.add(file + " is uploaded with Cache-Control '" + object.cache() + "', expected '" + cache
                        + "'");
            }
        }
        for (String key : objects.keySet()) {
            String file = key.startsWith(bucket) ? key.substring(bucket.length()) : key;
            if (!files.contains(file) && !file.equals(EARLIER_STYLESHEET) && !file.equals(REMOVED_PAGE)) {
                problems.add(key + " is in the bucket but not in the site");
            }
        }
        if (!objects.containsKey(bucket + EARLIER_STYLESHEET)) {
            problems.add("the earlier build's " + EARLIER_STYLESHEET + " is deleted, but cached pages link to it");
        }
        if (objects.containsKey(bucket + REMOVED_PAGE)) {
            problems.add(REMOVED_PAGE + ", which the build no longer has, stays in the bucket");
        }
        return problems;
    }

    /** The media type each file of the site must be served with. */
    private static String expectedType(String file) {
        if (file.equals("feed.xml")) {
            return "application/atom+xml";
        }
        String extension = extension(file);
        return switch (extension) {
            case "html" -> "text/html";
            case "css" -> "text/css";
            case "js" -> "text/javascript";
            case "json" -> "application/json";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain";
            default -> "(no expected type for '." + extension + "': add it to this test and the recipe)";
        };
    }

    private static String extension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String mediaType(String type) {
        int semicolon = type.indexOf(';');
        String media = (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        // a sitemap is served either way; Python's own table says text/xml, Debian's /etc/mime.types application/xml
        return media.equals("text/xml") ? "application/xml" : media;
    }

    /** What the AWS CLI would set as the Content-Type of a file uploaded without {@code --content-type}. */
    private static String guess(String file) {
        return GUESSES.getOrDefault(extension(file), "binary/octet-stream (no guess)");
    }

    /** The simple commands of a POSIX shell script: quotes, line continuations, variables; no more. */
    static final class ShellScript {

        private ShellScript() {
        }

        /** Each command's words, after quote removal and variable expansion; assignments are applied, not listed. */
        static List<List<String>> commands(String script) {
            Map<String, String> variables = new TreeMap<>();
            List<List<String>> commands = new ArrayList<>();
            for (String line : script.replace("\\\n", "").split("\n")) {
                List<String> words = words(line, variables);
                if (words.isEmpty()) {
                    continue;
                }
                int equals = words.get(0).indexOf('=');
                if (words.size() == 1 && equals > 0 && words.get(0).substring(0, equals).matches("[A-Za-z_]\\w*")) {
                    variables.put(words.get(0).substring(0, equals), words.get(0).substring(equals + 1));
                } else {
                    commands.add(words);
                }
            }
            return commands;
        }

        private static List<String> words(String line, Map<String, String> variables) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                    continue;
                }
                if (quote == 0 && c == '#' && word == null) {
                    break;
                }
                word = word == null ? new StringBuilder() : word;
                if (quote == '\'') {
                    if (c == '\'') {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\\' && i + 1 < line.length()
                        && (quote == 0 || "$\"\\`".indexOf(line.charAt(i + 1)) >= 0)) {
                    word.append(line.charAt(++i));
                } else if (c == '$') {
                    i = expand(line, i, word, variables);
                } else if (c == '"' || (c == '\'' && quote == 0)) {
                    quote = quote == c ? 0 : c;
                } else {
                    word.append(c);
                }
            }
            if (quote != 0) {
                throw new IllegalArgumentException("unclosed quote in: " + line);
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }

        /** Appends the value of the variable named at {@code dollar}; returns the index of its last character. */
        private static int expand(String line, int dollar, StringBuilder word, Map<String, String> variables) {
            boolean braced = dollar + 1 < line.length() && line.charAt(dollar + 1) == '{';
            int start = dollar + (braced ? 2 : 1);
            int end = start;
            while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
                end++;
            }
            String name = line.substring(start, end);
            if (name.isEmpty() || (braced && (end >= line.length() || line.charAt(end) != '}'))) {
                throw new IllegalArgumentException("a $ this reader does not understand in: " + line);
            }
            String value = variables.get(name);
            if (value == null) {
                throw new IllegalArgumentException("$" + name + " is not set before: " + line);
            }
            word.append(value);
            return braced ? end : end - 1;
        }
    }

    /** One {@code aws s3 sync}, {@code cp} or {@code website} command, with the options the recipe uses. */
    record AwsS3Command(String verb, String source, String destination, List<Filter> filters, boolean recursive,
                        boolean delete, String contentType, String cacheControl) {

        /** An {@code --exclude} or {@code --include} pattern, relative to the source folder. */
        record Filter(boolean include, String pattern) {

            /** Python's fnmatch, which the AWS CLI uses: {@code *} matches across {@code /} too. */
            boolean matches(String relativePath) {
                StringBuilder regex = new StringBuilder();
                for (int i = 0; i < pattern.length(); i++) {
                    char c = pattern.charAt(i);
                    int close = c == '[' ? pattern.indexOf(']', i + 2) : -1;
                    if (c == '*') {
                        regex.append(".*");
                    } else if (c == '?') {
                        regex.append('.');
                    } else if (close > 0) {
                        String set = pattern.substring(i + 1, close);
                        regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                        i = close;
                    } else {
                        regex.append(Pattern.quote(String.valueOf(c)));
                    }
                }
                return relativePath.matches(regex.toString());
            }
        }

        static AwsS3Command parse(List<String> words) {
            if (words.size() < 3 || !words.get(0).equals("aws") || !words.get(1).equals("s3")) {
                throw new IllegalArgumentException("not an aws s3 command: " + words);
            }
            String verb = words.get(2);
            List<String> paths = new ArrayList<>();
            List<Filter> filters = new ArrayList<>();
            boolean recursive = false;
            boolean delete = false;
            String contentType = null;
            String cacheControl = null;
            for (int i = 3; i < words.size(); i++) {
                String word = words.get(i);
                if (verb.equals("website")) {
                    if (word.startsWith("--")) {
                        i++; // --index-document, --error-document: the bucket's settings, not its objects
                    } else {
                        paths.add(word);
                    }
                    continue;
                }
                switch (word) {
                    case "--exclude", "--include" -> filters.add(new Filter(word.equals("--include"), words.get(++i)));
                    case "--content-type" -> contentType = words.get(++i);
                    case "--cache-control" -> cacheControl = words.get(++i);
                    case "--recursive" -> recursive = true;
                    case "--delete" -> delete = true;
                    default -> {
                        if (word.startsWith("-")) {
                            throw new IllegalArgumentException("S3RecipeTest does not know " + word + ": " + words);
                        }
                        paths.add(word);
                    }
                }
            }
            boolean valid = switch (verb) {
                case "website" -> paths.size() == 1;
                case "sync" -> paths.size() == 2 && !recursive;
                case "cp" -> paths.size() == 2 && !delete;
                default -> false;
            };
            if (!valid) {
                throw new IllegalArgumentException("S3RecipeTest does not know this command: " + words);
            }
            return new AwsS3Command(verb, paths.get(0), paths.size() > 1 ? paths.get(1) : null, List.copyOf(filters),
                    recursive, delete, contentType, cacheControl);
        }

        /** Uploads (and deletes) what the AWS CLI would, for a script run in {@code folder}. */
        void applyTo(Path folder, Map<String, S3Object> objects, int number) throws IOException {
            if (verb.equals("website")) {
                return;
            }
            Path from = folder.resolve(source);
            Map<String, Path> files = new TreeMap<>(); // key → local file
            if (Files.isDirectory(from)) {
                if (verb.equals("cp") && !recursive) {
                    throw new IllegalArgumentException("aws s3 cp of the folder " + source + " needs --recursive");
                }
                String prefix = destination.endsWith("/") ? destination : destination + "/";
                try (Stream<Path> walk = Files.walk(from)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                        String relative = from.relativize(file).toString().replace('\\', '/');
                        if (passes(relative)) {
                            files.put(prefix + relative, file);
                        }
                    });
                }
                if (delete) {
                    objects.keySet().removeIf(key -> key.startsWith(prefix) && !files.containsKey(key)
                            && passes(key.substring(prefix.length())));
                }
            } else if (Files.isRegularFile(from) && verb.equals("cp")) {
                String name = from.getFileName().toString();
                if (passes(name)) {
                    files.put(destination.endsWith("/") ? destination + name : destination, from);
                }
            } else {
                String kind = verb.equals("sync") ? "folder" : "file";
                throw new IllegalArgumentException("aws s3 " + verb + ": no such " + kind + " " + source);
            }
            files.forEach((key, file) -> objects.put(key, new S3Object(
                    contentType != null ? contentType : guess(file.getFileName().toString()), cacheControl, number)));
        }

        /** Every file is included until a filter matches; the last filter that matches decides. */
        private boolean passes(String relativePath) {
            boolean included = true;
            for (Filter filter : filters) {
                if (filter.matches(relativePath)) {
                    included = filter.include();
                }
            }
            return included;
        }
    }
}
