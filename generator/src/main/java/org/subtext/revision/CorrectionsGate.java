package org.subtext.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.model.StatusChange;
import org.subtext.model.Update;

/**
 * {@code check --against}: what was published stays on the record. For each explainer published
 * (not a draft) at the earlier commit, a claim whose status changed needs a new {@code history}
 * entry, a claim removed needs a new {@code updates} entry of type correction, and {@code published}
 * must not change. Explainers and claims are matched by slug and id; a deleted explainer removes its
 * claims, and no file is left for their correction, so each is an error at its old place.
 */
public final class CorrectionsGate {

    /** An explainer as parsed now, with the text it was parsed from, where its top-level keys are found. */
    public record Current(Explainer explainer, String text) {
    }

    private CorrectionsGate() {
    }

    /** The errors of {@code now} against {@code before}, the explainers at the commit {@code ref} names. */
    public static List<Diagnostic> compare(List<Explainer> before, List<Current> now, String ref) {
        Map<String, Current> current = now.stream()
                .collect(Collectors.toMap(c -> c.explainer().slug(), Function.identity(), (a, b) -> a));
        List<Diagnostic> errors = new ArrayList<>();
        for (Explainer old : before) {
            if (old.draft()) {
                continue;
            }
            Current found = current.get(old.slug());
            if (found == null) {
                for (Claim claim : old.claims()) {
                    errors.add(Diagnostic.error(claim.position(), "explainer '" + old.slug() + "' was published at "
                            + ref + " and is gone, and its claim '" + claim.id() + "' with it: a published claim is"
                            + " withdrawn with a correction, not deleted; keep the explainer and add an updates entry"
                            + " with type: correction"));
                }
                continue;
            }
            compare(old, found, ref, errors);
        }
        return errors;
    }

    private static void compare(Explainer old, Current found, String ref, List<Diagnostic> errors) {
        Explainer explainer = found.explainer();
        Map<String, Claim> claims = explainer.claims().stream()
                .collect(Collectors.toMap(Claim::id, Function.identity(), (a, b) -> a));
        boolean newCorrection = !difference(explainer.updates(), old.updates(), CorrectionsGate::correction).isEmpty();
        for (Claim was : old.claims()) {
            Claim is = claims.get(was.id());
            if (is == null) {
                if (!newCorrection) {
                    errors.add(Diagnostic.error(TopLevelKeys.keyOf(found.text(), explainer.file(), "claims"),
                            "claim '" + was.id() + "' was published at " + ref + " and is removed without a"
                                    + " correction: add an updates entry with type: correction that says why"));
                }
            } else if (is.status() != was.status()
                    && difference(is.history(), was.history(), CorrectionsGate::step).isEmpty()) {
                errors.add(Diagnostic.error(is.statusPosition(), "claim '" + is.id() + "' was " + was.status().id()
                        + " at " + ref + " and is " + is.status().id() + " now, without a new history entry: add"
                        + " the earlier status to its history (date, status: " + was.status().id() + ", note)"));
            }
        }
        if (old.published().compareTo(explainer.published()) != 0) {
            errors.add(Diagnostic.error(TopLevelKeys.valueOf(found.text(), explainer.file(), "published"),
                    "published was " + old.published().text() + " at " + ref + ": the date of first publication"
                            + " does not change; say what changed with 'updated' and an updates entry instead"));
        }
    }

    /** What a correction is matched by: its date and note (a new one has either new). */
    private static String correction(Update update) {
        return update.correction() ? update.date().text() + "\n" + update.note() : null;
    }

    private static String step(StatusChange change) {
        return change.date().text() + "\n" + change.status().id();
    }

    /** The keys of {@code now} that {@code before} lacks; a null key does not count. */
    private static <T> Set<String> difference(List<T> now, List<T> before, Function<T, String> key) {
        Set<String> keys = new HashSet<>();
        now.forEach(item -> keys.add(key.apply(item)));
        keys.remove(null);
        before.forEach(item -> keys.remove(key.apply(item)));
        return keys;
    }
}
