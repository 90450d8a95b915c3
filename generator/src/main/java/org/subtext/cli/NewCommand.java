package org.subtext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.subtext.model.Slugs;

final class NewCommand {

    private NewCommand() {
    }

    enum Kind { explainer, actor }

    static final Command COMMAND = new Command("new",
            "Writes a new explainer or actor file with every part of the format in comments.",
            List.of(new Command.Parameter("KIND", "explainer or actor"),
                    new Command.Parameter("ID", "the slug or id: lower-case letters, digits, hyphens")),
            List.of(SiteOptions.CONTENT), NewCommand::run);

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
        Kind kind;
        try {
            kind = Kind.valueOf(arguments.parameter(0));
        } catch (IllegalArgumentException e) {
            throw arguments.wrong("KIND must be explainer or actor, not '" + arguments.parameter(0) + "'");
        }
        String id = arguments.parameter(1);
        Path content = arguments.path("--content");
        if (!Slugs.isSlug(id) || id.length() > Slugs.MAX_LENGTH) {
            String suggestion = Slugs.slugify(id);
            throw arguments.wrong("'" + id + "' is not a valid " + kind
                    + " id: use lower-case letters, digits and single hyphens"
                    + (suggestion.isEmpty() ? "" : " (for example '" + suggestion + "')"));
        }
        Path file = content.resolve(kind == Kind.explainer ? "explainers" : "actors").resolve(id + ".md");
        String text = template(kind).replace("{{TITLE}}", title(id))
                .replace("{{DATE}}", LocalDate.now(ZoneOffset.UTC).toString());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println("error: " + file + " already exists; nothing was written");
            return 1;
        }
        out.println("Wrote " + file);
        return 0;
    }

    private static String template(Kind kind) throws IOException {
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
