package org.subtext.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subtext.testing.ChildBuild;
import org.subtext.testing.TestSites;

/** The content-repository starter builds as it is, from its own folder, with no templates of its own. */
class StarterRepositoryTest {

    @Test
    void theStarterChecksAndBuildsFromItsOwnFolder(@TempDir Path root) throws Exception {
        Path repository = root.resolve("newsroom");
        TestSites.copyTree(Path.of("starter", "content-repository"), repository);
        assertTrue(Files.notExists(repository.resolve("templates")));

        assertEquals(0, run(repository, "check", "--strict", "--drafts"));
        assertEquals(0, run(repository, "build", "--drafts"));
        assertTrue(Files.readString(repository.resolve("site/explainers/first-explainer/index.html"))
                .contains("A first explainer"));
    }

    private static int run(Path folder, String... args) throws Exception {
        Path log = folder.resolve("../log.txt");
        ProcessBuilder child = ChildBuild.command(Map.of(), List.of(), args);
        child.directory(folder.toFile()).redirectOutput(log.toFile());
        int exit = child.start().waitFor();
        if (exit != 0) {
            System.out.println(Files.readString(log));
        }
        return exit;
    }
}
