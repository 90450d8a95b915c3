package org.subtext.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.Suggestions;
import org.subtext.model.Claim;
import org.subtext.model.Explainer;
import org.subtext.model.PartialDate;
import org.subtext.model.Ref;
import org.subtext.model.SiteConfig;
import org.subtext.model.StatusChange;
import org.subtext.model.Translation;

/**
 * Checks each translation against its original: that the original exists, is in another language
 * and is no translation itself; one translation per language; the same verdict on every claim the
 * two share (error); and whether the translation follows the original's latest version (warning).
 */
final class TranslationChecker {

    private static final String NEVER_LAG = "a translation may lag in prose, never in a verdict";

    private final Diagnostics diagnostics;
    private final SiteConfig site;

    TranslationChecker(Diagnostics diagnostics, SiteConfig site) {
        this.diagnostics = diagnostics;
        this.site = site;
    }

    /** @param published the explainers of this build, {@code drafts} the slugs left out; {@code unreadable} reported already */
    void check(List<Explainer> published, Set<String> drafts, Set<String> unreadable) {
        Map<String, Explainer> bySlug = published.stream()
                .collect(Collectors.toMap(Explainer::slug, Function.identity()));
        Map<String, Explainer> firstByOriginalAndLanguage = new HashMap<>();
        for (Explainer translation : published.stream().sorted(java.util.Comparator.comparing(Explainer::slug)).toList()) {
            Translation of = translation.translationOf();
            if (of == null) {
                continue;
            }
            Explainer original = original(translation, of.original(), bySlug, drafts, unreadable);
            if (original == null) {
                continue;
            }
            String language = language(translation);
            if (language.equals(language(original))) {
                diagnostics.error(of.original().position(), "'" + original.slug() + "' is in the same language ('"
                        + language + "'): a translation is in another language (set this explainer's 'language')");
                continue;
            }
            if (original.translationOf() != null) {
                String first = original.translationOf().original().id();
                diagnostics.error(of.original().position(), "'" + original.slug() + "' is itself a translation (of '"
                        + first + "'): name the original, '" + first + "', in translation_of.slug");
                continue;
            }
            Explainer earlier = firstByOriginalAndLanguage.putIfAbsent(original.slug() + " " + language, translation);
            if (earlier != null) {
                diagnostics.error(of.original().position(), "'" + original.slug() + "' already has a translation in '"
                        + language + "', '" + earlier.slug() + "': an original has at most one translation per"
                        + " language");
            }
            checkVerdicts(translation, original);
            checkVersion(of, original);
        }
    }

    private Explainer original(Explainer translation, Ref ref, Map<String, Explainer> bySlug, Set<String> drafts,
                               Set<String> unreadable) {
        if (ref.id().equals(translation.slug())) {
            diagnostics.error(ref.position(), "an explainer cannot be a translation of itself in " + ref.field());
        } else if (drafts.contains(ref.id())) {
            diagnostics.error(ref.position(), "draft explainer '" + ref.id() + "' in " + ref.field()
                    + ": drafts are not published (build with --drafts to preview)");
        } else if (!bySlug.containsKey(ref.id()) && !unreadable.contains(ref.id())) {
            diagnostics.error(ref.position(), "unknown explainer '" + ref.id() + "' in " + ref.field()
                    + Suggestions.didYouMean(ref.id(), bySlug.keySet()));
        }
        return ref.id().equals(translation.slug()) ? null : bySlug.get(ref.id());
    }

    private String language(Explainer explainer) {
        return site.languageOr(explainer.language() == null ? null : explainer.language().id());
    }

    private void checkVerdicts(Explainer translation, Explainer original) {
        Map<String, Claim> originals = original.claims().stream()
                .collect(Collectors.toMap(Claim::id, Function.identity(), (a, b) -> a));
        String theOriginal = "in the original '" + original.slug() + "' it";
        for (Claim claim : translation.claims()) {
            Claim source = originals.get(claim.id());
            if (source == null) {
                continue;
            }
            if (claim.status() != source.status()) {
                diagnostics.error(claim.statusPosition(), "claim '" + claim.id() + "' has status '" + claim.status().id()
                        + "', but " + theOriginal + " has '" + source.status().id() + "': " + NEVER_LAG);
            }
            if (!sameDate(claim.checked(), source.checked())) {
                diagnostics.error(claim.checkedPosition() == null ? claim.position() : claim.checkedPosition(),
                        "claim '" + claim.id() + "' " + checked(claim.checked()) + ", but " + theOriginal + " "
                                + checked(source.checked()) + ": " + NEVER_LAG);
            }
            checkHistory(claim, source, theOriginal);
        }
    }

    private void checkHistory(Claim claim, Claim source, String theOriginal) {
        List<StatusChange> mine = claim.history();
        List<StatusChange> theirs = source.history();
        for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
            if (i >= mine.size() || i >= theirs.size() || !sameDate(mine.get(i).date(), theirs.get(i).date())) {
                diagnostics.error(i < mine.size() ? mine.get(i).position() : claim.position(), "claim '" + claim.id()
                        + "' " + history(mine) + ", but " + theOriginal + " " + history(theirs) + ": " + NEVER_LAG);
                return;
            }
        }
    }

    private void checkVersion(Translation of, Explainer original) {
        boolean updated = original.updated() != null;
        PartialDate latest = updated ? original.updated() : original.published();
        if (of.version().endsBefore(latest)) {
            diagnostics.warning(of.versionPosition(), "translation is behind: it follows '" + original.slug()
                    + "' as of " + of.version().text() + ", but the original was " + (updated ? "updated " : "published ")
                    + latest.text() + "; bring it up to date, then set translation_of.version to " + latest.text());
        }
    }

    private static boolean sameDate(PartialDate a, PartialDate b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String checked(PartialDate date) {
        return date == null ? "has no 'checked' date" : "is checked " + date.text();
    }

    private static String history(List<StatusChange> history) {
        return history.isEmpty() ? "has no history"
                : "has history dates " + history.stream().map(c -> c.date().text()).collect(Collectors.joining(", "));
    }
}
