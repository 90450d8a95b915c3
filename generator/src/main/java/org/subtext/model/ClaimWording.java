package org.subtext.model;

import java.util.Locale;

/** Whether a claim's text is the speaker's own words (set in quotation marks) or a paraphrase. */
public enum ClaimWording {
    PARAPHRASE, VERBATIM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
