package org.subtext.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the folder a command was run in is a Subtext project, for the commands that would
 * otherwise wait on, or write into, a folder that is not one: {@code serve} and {@code new}.
 */
final class ProjectFolder {

    private ProjectFolder() {
    }

    /** Follows a sentence that says what is missing; {@code %s} is the command. */
    static final String WHERE_TO_RUN = ". Run ./subtext %s in the folder that holds content/site.yaml"
            + " (the top folder of your clone), or name the content folder with --content DIR";

    /** Why {@code content} is not a project's content folder, or null when it is one. */
    static String problem(Path content, String command) {
        Path folder = content.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            return "there is no content folder at " + folder + WHERE_TO_RUN.formatted(command);
        }
        if (!Files.isRegularFile(folder.resolve("site.yaml"))) {
            return folder + " has no site.yaml, so it is not a Subtext content folder" + WHERE_TO_RUN.formatted(command);
        }
        return null;
    }
}
