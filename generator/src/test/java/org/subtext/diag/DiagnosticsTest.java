package org.subtext.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    /** The order promised to writers, spelled out field by field. */
    private static final Comparator<Diagnostic> PROMISED = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    @Test
    void sortedGivesEachDiagnosticOnceByFileLineColumnSeverityAndMessage() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            Diagnostics diagnostics = new Diagnostics();
            List<Diagnostic> given = new ArrayList<>();
            for (int n = random.nextInt(40); n > 0; n--) {
                SourcePosition at = new SourcePosition("explainers/" + "abc".charAt(random.nextInt(3)) + ".md",
                        random.nextInt(3), random.nextInt(3));
                String message = "problem " + random.nextInt(3);
                Diagnostic d = random.nextBoolean() ? Diagnostic.error(at, message) : Diagnostic.warning(at, message);
                given.add(d);
                diagnostics.add(d);
            }
            List<Diagnostic> expected = given.stream().distinct().sorted(PROMISED).toList();
            assertEquals(expected, diagnostics.sorted(), "round " + round);
            assertEquals(given.stream().filter(Diagnostic::isError).count(), diagnostics.errorCount());
            assertEquals(given.stream().anyMatch(Diagnostic::isError), diagnostics.hasErrors());
        }
    }

    @Test
    void strictTurnsEveryWarningIntoAnErrorAndCountsThem() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(List.of(Diagnostic.warning(new SourcePosition("site.yaml", 1, 1), "a warning")));
        assertFalse(diagnostics.hasErrors());
        diagnostics.promoteWarnings();
        assertTrue(diagnostics.hasErrors());
        assertEquals(1, diagnostics.errorCount());
        assertEquals("site.yaml:1:1: error: a warning (--strict)", diagnostics.sorted().get(0).format());
    }
}
