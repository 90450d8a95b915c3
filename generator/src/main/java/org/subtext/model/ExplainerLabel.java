package org.subtext.model;

import java.util.Locale;

/** The type of work an explainer is, shown above its title and in JSON-LD. */
public enum ExplainerLabel {
    EXPLAINER, ANALYSIS, FACT_CHECK, BACKGROUND, NEWS;

    /** As written in front matter: "fact-check". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
