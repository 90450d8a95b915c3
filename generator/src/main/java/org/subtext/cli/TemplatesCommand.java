package org.subtext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.subtext.render.BuiltInTemplates;

/**
 * Writes the built-in templates and static files into the templates folder, for a newsroom that
 * wants to change them; a file already there is kept, so it never undoes a change.
 */
final class TemplatesCommand {

    private TemplatesCommand() {
    }

    static final Command COMMAND = new Command("templates",
            "Writes the built-in templates into the templates folder, to change them there; keeps files already there.",
            List.of(), List.of(Option.value("--templates", "DIR", "templates", "templates folder")),
            TemplatesCommand::run);

    private static int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
        Path folder = arguments.path("--templates");
        int written = 0;
        int kept = 0;
        for (Map.Entry<String, byte[]> file : BuiltInTemplates.files().entrySet()) {
            Path target = folder.resolve(file.getKey());
            if (Files.exists(target)) {
                kept++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            written++;
        }
        out.println("Wrote " + written + " file" + (written == 1 ? "" : "s") + " into " + folder
                + (kept == 0 ? "" : "; kept " + kept + " already there"));
        return 0;
    }
}
