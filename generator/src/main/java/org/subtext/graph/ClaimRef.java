package org.subtext.graph;

import org.subtext.model.Claim;

/** A claim together with the explainer it belongs to. */
public record ClaimRef(String explainerSlug, Claim claim) {
}
