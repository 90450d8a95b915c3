package org.subtext.model;

import java.util.List;

/** A person, state, organisation or group that explainers are about. */
public record Actor(
        String id,
        String file,
        String name,
        ActorKind kind,
        String role,
        String country,
        List<String> aliases,
        String body,
        int bodyFirstLine) {

    public Actor {
        aliases = List.copyOf(aliases);
    }
}
