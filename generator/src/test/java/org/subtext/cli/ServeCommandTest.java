package org.subtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code subtext serve} run where there is nothing to preview: a clear error and an exit, not a wait. */
class ServeCommandTest {

    @TempDir
    Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    // without the refusal, serve would wait for Ctrl-C: fail instead of hanging the suite
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void withoutAContentFolderItSaysWhereToRunAndExits() throws Exception {
        Path missing = root.resolve("content");
        assertEquals(1, run("serve", "--port", "0", "--content", missing.toString()));
        assertEquals("error: there is no content folder at " + missing + ". Run ./subtext serve in the folder that"
                + " holds content/site.yaml (the top folder of your clone), or name the content folder with"
                + " --content DIR\n", err.toString());
        assertEquals("", out.toString(), "nothing served");

        Files.createDirectories(missing);
        err.getBuffer().setLength(0);
        assertEquals(1, run("serve", "--port", "0", "--content", missing.toString()));
        assertTrue(err.toString().startsWith("error: " + missing + " has no site.yaml, so it is not a Subtext"
                + " content folder. Run ./subtext serve in the folder"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
