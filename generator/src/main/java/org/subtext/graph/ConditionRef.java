package org.subtext.graph;

import org.subtext.model.Condition;

/** A condition together with the explainer it belongs to. */
public record ConditionRef(String explainerSlug, Condition condition) {
}
