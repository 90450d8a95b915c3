package org.subtext.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.subtext.graph.ContentGraph;
import org.subtext.graph.RenderedExplainer;
import org.subtext.model.Explainer;
import org.subtext.model.PartialDate;
import org.subtext.model.Update;

/**
 * The site-wide corrections page: every correction of every published explainer, newest first;
 * {@link #corrections} is the list the page and the corrections feed share.
 */
public final class CorrectionsViewBuilder {

    /** One correction with the explainer it corrects. */
    public record Correction(Explainer explainer, Update update) {
    }

    private final ViewContext ctx;

    CorrectionsViewBuilder(ViewContext ctx) {
        this.ctx = ctx;
    }

    /** Newest first; on the same date, by explainer slug, then in the explainer's own order. */
    public static List<Correction> corrections(ContentGraph graph) {
        List<Correction> corrections = new ArrayList<>();
        for (RenderedExplainer rendered : graph.explainers()) {
            Explainer e = rendered.explainer();
            if (!e.draft()) {
                e.updates().stream().filter(Update::correction).forEach(u -> corrections.add(new Correction(e, u)));
            }
        }
        corrections.sort(Comparator.comparing((Correction c) -> c.update().date(), PartialDate::compareTo).reversed()
                .thenComparing(c -> c.explainer().slug()));
        return corrections;
    }

    Views.CorrectionsPage page() {
        List<Views.CorrectionEntry> entries = corrections(ctx.graph).stream()
                .map(c -> new Views.CorrectionEntry(ctx.date(c.update().date()),
                        ctx.explainerLink(c.explainer().slug()), c.update().note(),
                        ctx.urls.href(Urls.explainer(c.explainer().slug())) + "#updates"))
                .toList();
        return new Views.CorrectionsPage(ctx.site, ctx.meta(ctx.words.get("title_corrections"),
                ctx.words.format("description_corrections", ctx.graph.site().title()),
                Urls.CORRECTIONS, "website", null), entries, ctx.urls.href(Urls.CORRECTIONS_FEED));
    }
}
