package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the build does to the templates' scripts before publishing them. */
class StaticAssetsTest {

    @Test
    void scriptsLoseIndentationBlankLinesAndCommentLinesButKeepTheirLineEnds() {
        String script = "/* header */\n(function () {\n  'use strict';\n\n  // a comment\n"
                + "  var url = 'http://x/'; // kept: code before it\r\n  if (a)\n    b();\n})();\n";
        assertEquals("/* header */\n(function () {\n'use strict';\nvar url = 'http://x/'; // kept: code before it\n"
                + "if (a)\nb();\n})();\n", minified(script));
    }

    @Test
    void explainersAndOtherPagesEachGetOneStylesheetOfTheSharedRulesAndTheirOwn(@org.junit.jupiter.api.io.TempDir
            Path templates) throws IOException {
        StaticAssets assets = new StaticAssets(templates, Map.of("static/style.css", bytes("a { color: red; }"),
                "static/explainer.css", bytes(".toc { margin: 0; }"), "static/pages.css", bytes(".lead { margin: 0; }")));
        assertEquals("a{color:red}.toc{margin:0}\n", published(assets, "explainer.css"));
        assertEquals("a{color:red}.lead{margin:0}\n", published(assets, "pages.css"));
        assertFalse(assets.has("style.css"), "linked by no page, so not published");
        assertEquals("sha384-", assets.integrity("explainer.css").substring(0, 7));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String published(StaticAssets assets, String name) {
        return assets.files().stream().filter(f -> f.path().equals(assets.path(name))).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void scriptsWhoseWhitespaceMayMeanSomethingAreLeftAsTheyAre() {
        String template = "var s = `\n  two\n  lines`;\n";
        String continued = "var s = 'one \\\n  two';\n";
        assertEquals(template, minified(template));
        assertEquals(continued, minified(continued));
    }

    private static String minified(String script) {
        return new String(StaticAssets.minifyJs(script.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
