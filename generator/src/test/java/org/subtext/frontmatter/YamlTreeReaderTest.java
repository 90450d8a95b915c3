package org.subtext.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;

class YamlTreeReaderTest {

    private static final String FILE = "content/explainers/x.md";

    private final YamlTreeReader reader = new YamlTreeReader();

    private YamlNode ok(String yaml, int firstLine) {
        YamlTreeReader.Result result = reader.read(FILE, yaml, firstLine);
        return assertInstanceOf(YamlTreeReader.Ok.class, result, () -> "expected Ok, got " + result).root();
    }

    private Diagnostic failed(String yaml, int firstLine) {
        YamlTreeReader.Result result = reader.read(FILE, yaml, firstLine);
        Diagnostic d = assertInstanceOf(YamlTreeReader.Failed.class, result, () -> "expected Failed, got " + result)
                .diagnostic();
        assertTrue(d.isError());
        assertEquals(FILE, d.position().file());
        return d;
    }

    private static YamlNode.Entry entry(YamlNode node, String key) {
        return ((YamlNode.Mapping) node).entries().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no key " + key));
    }

    private static YamlNode.Scalar scalar(YamlNode node, String key) {
        return assertInstanceOf(YamlNode.Scalar.class, entry(node, key).value());
    }

    @Test
    void positionsAreFileLinesOffsetByFirstLine() {
        YamlNode root = ok("title: Hello\nsummary: Short\nclaims:\n  - id: a\n    by: b\n", 2);
        assertEquals(new SourcePosition(FILE, 2, 1), entry(root, "title").keyPosition());
        assertEquals(new SourcePosition(FILE, 2, 8), entry(root, "title").value().position());
        assertEquals(new SourcePosition(FILE, 3, 1), entry(root, "summary").keyPosition());
        assertEquals(new SourcePosition(FILE, 3, 10), entry(root, "summary").value().position());
        YamlNode.Sequence claims = assertInstanceOf(YamlNode.Sequence.class, entry(root, "claims").value());
        YamlNode first = claims.items().get(0);
        assertEquals(new SourcePosition(FILE, 5, 5), first.position());
        assertEquals(new SourcePosition(FILE, 6, 5), entry(first, "by").keyPosition());
        assertEquals(new SourcePosition(FILE, 6, 9), entry(first, "by").value().position());
    }

    @Test
    void keepsEntriesInWrittenOrder() {
        YamlNode root = ok("b: 1\na: 2\nc: 3\n", 1);
        assertEquals(List.of("b", "a", "c"),
                ((YamlNode.Mapping) root).entries().stream().map(YamlNode.Entry::key).toList());
    }

    @Test
    void syntaxErrorsPointAtTheFileLine() {
        Diagnostic d = failed("title: x\n  summary: y\n", 5);
        assertEquals(6, d.position().line());
        assertEquals(3, d.position().column());
        assertTrue(d.message().startsWith("key 'summary' is indented more than 'title'"), d.message());
    }

    @Test
    void tabIndentationIsExplained() {
        Diagnostic d = failed("title: x\n\tsummary: y\n", 2);
        assertTrue(d.message().contains("tab"), d.message());
        assertEquals(3, d.position().line());
    }

    @Test
    void duplicateKeyIsAnErrorNamingBothLines() {
        Diagnostic d = failed("title: a\nsummary: b\ntitle: c\n", 2);
        assertEquals(4, d.position().line());
        assertEquals(1, d.position().column());
        assertTrue(d.message().contains("duplicate key 'title'"), d.message());
        assertTrue(d.message().contains("line 2"), d.message());
    }

    @Test
    void duplicateKeyInANestedMapIsAnError() {
        Diagnostic d = failed("headline:\n  claimed: a\n  claimed: b\n", 2);
        assertEquals(4, d.position().line());
        assertTrue(d.message().contains("duplicate key 'claimed'") && d.message().contains("line 3"), d.message());
    }

    @Test
    void theSameKeyInSiblingMapsIsFine() {
        ok("claims:\n  - id: a\n  - id: b\n", 2);
    }

    @Test
    void aliasIsRejected() {
        Diagnostic d = failed("a: &anchor hello\nb: *anchor\n", 2);
        assertTrue(d.message().contains("alias") || d.message().contains("anchor"), d.message());
        Diagnostic alone = failed("b: *anchor\n", 2);
        assertTrue(alone.message().contains("alias"), alone.message());
    }

    @Test
    void anchorIsRejected() {
        Diagnostic d = failed("a: &anchor [1, 2]\n", 2);
        assertTrue(d.message().contains("anchor"), d.message());
    }

    @Test
    void billionLaughsIsRejectedQuickly() {
        String yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failed(yaml, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x: !!javax.script.ScriptEngineManager [x]\n", "x: !!str 5\n", "x: !custom value\n",
        "!!map\nx: 1\n"})
    void tagsAreRejected(String yaml) {
        Diagnostic d = failed(yaml, 2);
        assertTrue(d.message().contains("tags"), d.message());
    }

    @Test
    void deeplyNestedFlowSequencesProduceADiagnosticQuickly() {
        String yaml = "[".repeat(10_000);
        Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failed(yaml, 2));
        assertTrue(d.message().contains("nested"), d.message());
        assertEquals(2, d.position().line());
    }

    @Test
    void deeplyNestedBlockMapsProduceADiagnostic() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failed(yaml.toString(), 1));
        assertTrue(d.message().contains("nested") || d.message().contains("invalid YAML"), d.message());
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        ok("a: " + "[".repeat(20) + "1" + "]".repeat(20) + "\n", 1);
    }

    @Test
    void norwayStaysTheStringNo() {
        YamlNode.Scalar country = scalar(ok("country: NO\n", 2), "country");
        assertEquals("NO", country.text());
    }

    @Test
    void quotedNumbersAreStringsAndPlainNumbersAreNumbersWrittenAsIs() {
        YamlNode root = ok("a: \"42\"\nb: 42\nc: 1.50\nd: '007'\ne: 007\n", 1);
        assertEquals(new YamlNode.Scalar("42", YamlNode.Scalar.Kind.STRING, new SourcePosition(FILE, 1, 4)),
                scalar(root, "a"));
        assertEquals(YamlNode.Scalar.Kind.NUMBER, scalar(root, "b").kind());
        assertEquals("42", scalar(root, "b").text());
        assertEquals(YamlNode.Scalar.Kind.NUMBER, scalar(root, "c").kind());
        assertEquals("1.50", scalar(root, "c").text());
        assertEquals(YamlNode.Scalar.Kind.STRING, scalar(root, "d").kind());
        assertEquals("007", scalar(root, "d").text());
        assertEquals("007", scalar(root, "e").text());
    }

    @Test
    void datesStayStringsAsWritten() {
        YamlNode root = ok("a: 2014-09-05\nb: 2026-06-24T05:18:07Z\nc: 2014\n", 1);
        assertEquals(YamlNode.Scalar.Kind.STRING, scalar(root, "a").kind());
        assertEquals("2014-09-05", scalar(root, "a").text());
        assertEquals("2026-06-24T05:18:07Z", scalar(root, "b").text());
        assertEquals("2014", scalar(root, "c").text());
    }

    @Test
    void booleansAndNulls() {
        YamlNode root = ok("a: true\nb: false\nc: ~\ne: null\nf: \"true\"\n", 1);
        assertEquals(YamlNode.Scalar.Kind.BOOLEAN, scalar(root, "a").kind());
        assertEquals(YamlNode.Scalar.Kind.BOOLEAN, scalar(root, "b").kind());
        assertEquals(YamlNode.Scalar.Kind.NULL, scalar(root, "c").kind());
        assertEquals(YamlNode.Scalar.Kind.NULL, scalar(root, "e").kind());
        assertEquals(YamlNode.Scalar.Kind.STRING, scalar(root, "f").kind());
    }

    @Test
    void anEmptyValueIsNull() {
        YamlNode root = ok("a:\nb: 1\n", 1);
        assertEquals(YamlNode.Scalar.Kind.NULL, scalar(root, "a").kind());
    }

    @Test
    void emptyDocumentIsAnEmptyMapping() {
        YamlNode root = ok("", 2);
        YamlNode.Mapping mapping = assertInstanceOf(YamlNode.Mapping.class, root);
        assertTrue(mapping.entries().isEmpty());
        assertEquals(new SourcePosition(FILE, 2, 1), mapping.position());
        assertInstanceOf(YamlNode.Mapping.class, ok("# only a comment\n\n", 2));
    }

    @Test
    void aTopLevelListIsASequence() {
        YamlNode.Sequence seq = assertInstanceOf(YamlNode.Sequence.class, ok("- a\n- b\n", 1));
        assertEquals(2, seq.items().size());
        assertEquals(new SourcePosition(FILE, 2, 3), seq.items().get(1).position());
    }

    @Test
    void aSecondDocumentIsAnError() {
        Diagnostic d = failed("a: b\n---\nc: d\n", 2);
        assertTrue(d.message().contains("second YAML document"), d.message());
    }

    @Test
    void overSizeInputIsRejected() {
        String big = "a: \"" + "x".repeat(YamlTreeReader.MAX_YAML_CHARS) + "\"\n";
        Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failed(big, 2));
        assertTrue(d.message().contains("larger than"), d.message());
        assertEquals(2, d.position().line());
    }

    @Test
    void inputJustUnderTheLimitIsRead() {
        String yaml = "a: \"" + "x".repeat(YamlTreeReader.MAX_YAML_CHARS - 10) + "\"\n";
        assertEquals(YamlTreeReader.MAX_YAML_CHARS - 10, scalar(ok(yaml, 1), "a").text().length());
    }
}
