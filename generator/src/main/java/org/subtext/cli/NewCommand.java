package org.subtext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.subtext.source.ContentLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new explainer or actor file with every part of the format in comments.")
final class NewCommand implements Callable<Integer> {

    enum Kind { explainer, actor }

    @Parameters(index = "0", paramLabel = "KIND", description = "explainer or actor")
    Kind kind;

    @Parameters(index = "1", paramLabel = "ID", description = "the slug or id: lower-case letters, digits, hyphens")
    String id;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        if (!ContentLoader.SLUG.matcher(id).matches() || id.length() > ContentLoader.MAX_SLUG_LENGTH) {
            String suggestion = ContentLoader.slugify(id);
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + id + "' is not a valid " + kind
                    + " id: use lower-case letters, digits and single hyphens"
                    + (suggestion.isEmpty() ? "" : " (for example '" + suggestion + "')"));
        }
        Path file = content.resolve(kind == Kind.explainer ? "explainers" : "actors").resolve(id + ".md");
        String text = template().replace("{{TITLE}}", title(id)).replace("{{DATE}}", LocalDate.now(clock).toString());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("error: " + file + " already exists; nothing was written");
            return 1;
        }
        spec.commandLine().getOut().println("Wrote " + file);
        return 0;
    }

    private String template() throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("new-" + kind + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "minsk-agreements" → "Minsk agreements": a readable start that the writer will change. */
    static String title(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
