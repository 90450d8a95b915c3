package org.subtext.external;

import java.util.Optional;
import java.util.function.Function;

import org.subtext.diag.Diagnostic;

/** What a writer is told about one source, given the answers its addresses got. */
final class Verdicts {

    private Verdicts() {
    }

    static Optional<Diagnostic> of(ExternalSource source, Function<String, Answer> answers) {
        Answer url = answers.apply(source.url());
        Answer archived = source.archived() == null ? null : answers.apply(source.archived());
        String dead = source.name() + " (url) cannot be reached: " + url.problem();
        if (url.live()) {
            return archived == null || archived.live() ? Optional.empty()
                    : Optional.of(Diagnostic.warning(source.archivedPosition(), source.name()
                            + " (archived) cannot be reached: " + archived.problem()
                            + "; fix the archived address or remove it"));
        }
        if (archived == null) {
            return Optional.of(Diagnostic.error(source.urlPosition(), dead
                    + "; add an archived copy (archived: https://web.archive.org/...) or a live URL"));
        }
        if (archived.live()) {
            return Optional.of(Diagnostic.warning(source.urlPosition(), dead
                    + "; readers still have its archived copy, but link a live URL if there is one"));
        }
        return Optional.of(Diagnostic.error(source.urlPosition(), dead + ", nor can its archived copy: "
                + archived.problem() + "; link a live URL or a working archived copy"));
    }
}
