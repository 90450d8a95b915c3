package org.subtext.model;

import java.util.Locale;

public enum ActorKind {
    PERSON, STATE, ORGANIZATION, GROUP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
