package org.subtext.pipeline;

/** Told how far a build has come, for a progress line on a terminal. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (stage, done, total) -> {
    };

    void update(String stage, int done, int total);
}
