package org.subtext.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.subtext.model.Actor;
import org.subtext.model.ActorKind;
import org.subtext.model.LocalName;

/** Turns an actor's front matter into an {@link Actor}. */
final class ActorReader {

    static final Set<String> KEYS = MapReader.keys("name", "kind", "role", "country", "aliases", "names");

    private ActorReader() {
    }

    /** Like an explainer, an actor with a missing field still comes back, blanks filled, so links to it hold. */
    static Actor read(String id, String file, MapReader in, String body, int bodyFirstLine) {
        String name = in.string("name", true);
        ActorKind kind = in.enumValue("kind", ActorKind.class, ActorKind.GROUP, true);
        List<LocalName> names = new ArrayList<>();
        LabelMaps.byLanguage(in, "names", "language code: name",
                (entry, local) -> names.add(new LocalName(entry.key(), local, entry.keyPosition())));
        return new Actor(id, file, name == null ? id : name, kind, in.string("role", false),
                in.string("country", false), in.strings("aliases"), names, body, bodyFirstLine);
    }
}
