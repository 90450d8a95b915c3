package org.subtext.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

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
