package org.subtext.model;

import java.util.Locale;

public enum ClaimStatus {
    STATED, CONDITIONAL, DISPUTED, UNVERIFIED, CONTRADICTED, CONFIRMED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
