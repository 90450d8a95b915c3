package org.subtext.model;

import java.util.List;

/**
 * A person, state, organisation or group that explainers are about. {@code names} are the forms of
 * its name in other languages, in the written order.
 */
public record Actor(
        String id,
        String file,
        String name,
        ActorKind kind,
        String role,
        String country,
        List<String> aliases,
        List<LocalName> names,
        String body,
        int bodyFirstLine) {

    public Actor {
        aliases = List.copyOf(aliases);
        names = List.copyOf(names);
    }

    /** An actor without names in other languages. */
    public Actor(String id, String file, String name, ActorKind kind, String role, String country,
                 List<String> aliases, String body, int bodyFirstLine) {
        this(id, file, name, kind, role, country, aliases, List.of(), body, bodyFirstLine);
    }

    /** Its name in the language {@code code}: the local form when it has one, else {@code name}. */
    public String nameIn(String code) {
        return names.stream().filter(n -> n.language().equals(code)).map(LocalName::name).findFirst().orElse(name);
    }
}
