package org.subtext.frontmatter;

import java.util.Set;

import org.subtext.model.Actor;
import org.subtext.model.ActorKind;

/** Turns an actor's front matter into an {@link Actor}. */
final class ActorReader {

    static final Set<String> KEYS = MapReader.keys("name", "kind", "role", "country", "aliases");

    private ActorReader() {
    }

    static Actor read(String id, String file, MapReader in, String body, int bodyFirstLine) {
        String name = in.string("name", true);
        ActorKind kind = in.enumValue("kind", ActorKind.class, null, true);
        Actor actor = new Actor(id, file, name, kind, in.string("role", false), in.string("country", false),
                in.strings("aliases"), body, bodyFirstLine);
        return name == null || kind == null ? null : actor;
    }
}
