package org.subtext.graph;

import java.util.Map;

import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Explainer;

/**
 * An explainer with its Markdown rendered: the body, and the inline fields keyed by the id of
 * the claim, layer or event they belong to; a claim's history notes by claim id and step
 * ({@link #historyNote}).
 */
public record RenderedExplainer(Explainer explainer, RenderedMarkdown body, Map<String, String> claimNotes,
                                Map<String, String> layerReadings, Map<String, String> eventTexts,
                                Map<String, String> historyNotes) {

    public RenderedExplainer {
        claimNotes = Map.copyOf(claimNotes);
        layerReadings = Map.copyOf(layerReadings);
        eventTexts = Map.copyOf(eventTexts);
        historyNotes = Map.copyOf(historyNotes);
    }

    static String historyKey(String claimId, int step) {
        return claimId + "/" + step;
    }

    /** The rendered note of the claim's {@code step}-th earlier status (0 the oldest), or null. */
    public String historyNote(String claimId, int step) {
        return historyNotes.get(historyKey(claimId, step));
    }

    public String slug() {
        return explainer.slug();
    }
}
