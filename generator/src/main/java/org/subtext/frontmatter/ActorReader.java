package org.subtext.frontmatter;

import java.util.Set;

import org.subtext.model.Actor;
import org.subtext.model.ActorKind;

/** Turns an actor's front matter into an {@link Actor}. */
final class ActorReader {

    static final Set<String> KEYS = MapReader.keys("name", "kind", "role", "country", "aliases");

    private ActorReader() {
    }

    /** Like an explainer, an actor with a missing field still comes back, blanks filled, so links to it hold. */
    static Actor read(String id, String file, MapReader in, String body, int bodyFirstLine) {
        String name = in.string("name", true);
        ActorKind kind = in.enumValue("kind", ActorKind.class, ActorKind.GROUP, true);
        return new Actor(id, file, name == null ? id : name, kind, in.string("role", false),
                in.string("country", false), in.strings("aliases"), body, bodyFirstLine);
    }
}
