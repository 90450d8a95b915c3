package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.model.PartialDate;
import org.subtext.view.Words;

/**
 * The built-in message files: every word a template asks for ({@code t.key}) is in English, and
 * Ukrainian says every word English does; a project's file overrides word by word; dates follow
 * the language's locale data.
 */
class MessageFilesTest {

    private static final Path TEMPLATES = Path.of("templates");

    private static Set<String> keys(String code) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(TEMPLATES.resolve("messages/" + code + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyWordATemplateUsesIsInEnglishAndUkrainianSaysEveryEnglishWord() throws IOException {
        Set<String> used = new TreeSet<>();
        // t.key, t | fill("key", ...), and t | count("key", n), which needs at least key_other
        Pattern word = Pattern.compile("\\bt\\.([a-z0-9_]+)|\\bt \\| fill\\(\"([a-z0-9_]+)\"|\\bt \\| count\\(\"([a-z0-9_]+)\"");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).toList()) {
                Matcher m = word.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) + "_other");
                }
            }
        }
        Set<String> english = keys("en");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english);
        assertEquals(Set.of(), missing, "words the templates use that messages/en.properties lacks");
        assertEquals(uncounted(english), uncounted(keys("uk")),
                "messages/uk.properties says every word of en.properties (counted words in its own forms)");
    }

    /**
     * A counted word has every form its language's plural_rule can choose, so no count reads "1 events":
     * English one and other, Ukrainian one, few and many.
     */
    @Test
    void everyCountedWordHasEachFormItsLanguageChooses() throws IOException {
        for (String code : List.of("en", "uk")) {
            Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(TEMPLATES.resolve("messages/" + code + ".properties"),
                    StandardCharsets.UTF_8)) {
                file.load(in);
            }
            String rule = file.getProperty("plural_rule", "one-other");
            Set<String> forms = new TreeSet<>();
            for (long n = 0; n < 1000; n++) {
                forms.add(Words.category(rule, n));
            }
            Set<String> missing = new TreeSet<>();
            for (String counted : counted(file.stringPropertyNames())) {
                forms.stream().map(form -> counted + "_" + form).filter(k -> file.getProperty(k) == null)
                        .forEach(missing::add);
            }
            assertEquals(Set.of(), missing, "counted words of messages/" + code + ".properties without a form");
        }
        Words english = new MessageFiles(TEMPLATES, BuiltInTemplates.files()).words("en");
        assertEquals("1 event on the timeline", english.count("home_events", 1));
        assertEquals("2 events on the timeline", english.count("home_events", 2));
        assertEquals("1 claim from every explainer, under how it stands.", english.count("claims_intro", 1));
        Words uk = new MessageFiles(TEMPLATES, BuiltInTemplates.files()).words("uk");
        assertEquals(List.of("1 подія, від найдавніших.", "3 події, від найдавніших.", "5 подій, від найдавніших.",
                        "11 подій, від найдавніших.", "21 подія, від найдавніших.", "24 події, від найдавніших."),
                java.util.stream.LongStream.of(1, 3, 5, 11, 21, 24).mapToObj(n -> uk.count("timeline_events", n))
                        .toList());
    }

    /** The counted words among keys: those with any plural form (_one, _few, _many, _other). */
    private static Set<String> counted(Set<String> keys) {
        Set<String> words = new TreeSet<>();
        keys.stream().filter(k -> k.matches(".*_(one|few|many|other)$"))
                .forEach(k -> words.add(k.replaceAll("_(one|few|many|other)$", "")));
        return words;
    }

    /** The keys, with counted words' plural forms (_one, _few, _many, _other) as one key. */
    private static Set<String> uncounted(Set<String> keys) {
        Set<String> words = new TreeSet<>();
        keys.forEach(k -> words.add(k.replaceAll("_(one|few|many|other)$", "")));
        return words;
    }

    @Test
    void aProjectOverridesWordByWordAndDatesFollowTheLanguage(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("messages"));
        Files.writeString(project.resolve("messages/uk.properties"), "nav_timeline=Події\n", StandardCharsets.UTF_8);
        Map<String, byte[]> builtIn = BuiltInTemplates.files();
        Words uk = new MessageFiles(project, builtIn).words("uk");
        assertEquals("Події", uk.get("nav_timeline"));
        assertEquals("Заяви", uk.get("nav_claims"), "the built-in Ukrainian word where the project says none");
        assertEquals("5 вересня 2014", uk.date(PartialDate.parse("2014-09-05").orElseThrow()));
        assertEquals("вересень 2014", uk.date(PartialDate.parse("2014-09").orElseThrow()));
        Words english = new MessageFiles(project, builtIn).words("en-GB");
        assertEquals("5 September 2014", english.date(PartialDate.parse("2014-09-05").orElseThrow()));
        Words unknown = new MessageFiles(project, builtIn).words("fr");
        assertEquals("Timeline", unknown.get("nav_timeline"), "a language without messages speaks English");
        assertEquals("September 2014", unknown.date(PartialDate.parse("2014-09").orElseThrow()),
                "and its dates with it");
    }
}
