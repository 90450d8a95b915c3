package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.TestSites;

/** The two-language fixture (sites/bilingual), built once and served from the root on loopback. */
final class BilingualSite {

    private static BilingualSite shared;

    private final StaticServer server;

    private BilingualSite() throws IOException {
        Path site = Files.createTempDirectory("subtext-bilingual").resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(
                Path.of("generator/src/test/resources/sites/bilingual/content"), TestSites.TEMPLATES, site, false,
                "http://localhost/", false));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        server = new StaticServer(site);
    }

    static synchronized BilingualSite get() throws IOException {
        if (shared == null) {
            shared = new BilingualSite();
        }
        return shared;
    }

    String url(String sitePath) {
        return server.origin() + "/" + sitePath;
    }
}
