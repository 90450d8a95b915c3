package org.subtext.graph;

import java.util.Map;

import org.subtext.markdown.RenderedMarkdown;
import org.subtext.model.Explainer;

/**
 * An explainer with its Markdown rendered: the body, and the inline fields keyed by the id of
 * the claim, layer or event they belong to.
 */
public record RenderedExplainer(Explainer explainer, RenderedMarkdown body, Map<String, String> claimNotes,
                                Map<String, String> layerReadings, Map<String, String> eventTexts) {

    public RenderedExplainer {
        claimNotes = Map.copyOf(claimNotes);
        layerReadings = Map.copyOf(layerReadings);
        eventTexts = Map.copyOf(eventTexts);
    }

    public String slug() {
        return explainer.slug();
    }
}
