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

import org.subtext.model.Page;
import org.subtext.model.Slugs;

final class NewCommand {

    private NewCommand() {
    }

    /** What {@code new} writes, and the folder of {@code content/} each goes in. */
    enum Kind {
        explainer("explainers"), actor("actors"), author("authors"), page("pages");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    static final Command COMMAND = new Command("new",
            "Writes a new explainer, actor, author or page file, with the parts of the format in comments.",
            List.of(new Command.Parameter("KIND", "explainer, actor, author or page"),
                    new Command.Parameter("ID", "the slug or id: lower-case letters, digits, hyphens")),
            List.of(SiteOptions.CONTENT), NewCommand::run);

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
        Kind kind;
        try {
            kind = Kind.valueOf(arguments.parameter(0));
        } catch (IllegalArgumentException e) {
            throw arguments.wrong("KIND must be explainer, actor, author or page, not '" + arguments.parameter(0) + "'");
        }
        String id = arguments.parameter(1);
        Path content = arguments.path("--content");
        if (!Slugs.isSlug(id) || id.length() > Slugs.MAX_LENGTH) {
            String suggestion = Slugs.slugify(id);
            throw arguments.wrong("'" + id + "' is not a valid " + kind
                    + " id: use lower-case letters, digits and single hyphens"
                    + (suggestion.isEmpty() ? "" : " (for example '" + suggestion + "')"));
        }
        if (kind == Kind.page && Page.GENERATED_PATHS.contains(id)) {
            throw arguments.wrong("'" + id + "' cannot be a page's slug: the site generates /" + id
                    + "/ itself; choose another (for example '" + id + "-page')");
        }
        String notAProject = ProjectFolder.problem(content, "new");
        if (notAProject != null) {
            err.println("error: " + notAProject + "; nothing was written");
            return 1;
        }
        Path file = content.resolve(kind.folder).resolve(id + ".md");
        String text = template(kind).replace("{{TITLE}}", kind == Kind.actor || kind == Kind.author ? name(id) : title(id))
                .replace("{{ID}}", id)
                .replace("{{DATE}}", LocalDate.now(ZoneOffset.UTC).toString());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println("error: " + file + " already exists; nothing was written");
            return 1;
        }
        out.println("Wrote " + file);
        if (kind == Kind.explainer || kind == Kind.page) {
            // the file is a draft: the plain preview would leave it out
            out.println("It is a draft: preview it with ./subtext serve --drafts, and open "
                    + (kind == Kind.explainer ? "explainers/" : "") + id + "/ under the address it prints.");
        }
        return 0;
    }

    private static String template(Kind kind) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("new-" + kind + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "vladimir-putin" → "Vladimir Putin": a name to start from. */
    static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return name.toString();
    }

    /** "minsk-agreements" → "Minsk agreements": a readable start that the writer will change. */
    static String title(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
