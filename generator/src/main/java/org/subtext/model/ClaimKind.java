package org.subtext.model;

import java.util.Locale;

public enum ClaimKind {
    ASSERTION, OFFER, DEMAND, PROMISE, THREAT, DENIAL, PREDICTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
