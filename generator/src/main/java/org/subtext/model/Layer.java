package org.subtext.model;

import java.util.List;

import org.subtext.diag.SourcePosition;

/** One reading of the explainer's statements; an empty {@code appliesTo} means all claims. */
public record Layer(
        String id,
        SourcePosition position,
        String title,
        String audience,
        String reading,
        List<Ref> appliesTo) {

    public Layer {
        appliesTo = List.copyOf(appliesTo);
    }
}
