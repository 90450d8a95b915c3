package org.subtext.revision;

/** The content at a git commit could not be read: no git, no repository, no such commit. The message says which. */
public final class RevisionException extends RuntimeException {

    RevisionException(String message) {
        super(message, null, false, false);
    }
}
