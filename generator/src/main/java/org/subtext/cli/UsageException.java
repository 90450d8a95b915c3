package org.subtext.cli;

/** Wrong command-line usage: exit 2, with the message and where to read the right usage. */
final class UsageException extends RuntimeException {

    /** The command whose help to point at, or null for the top-level help. */
    final Command command;

    UsageException(Command command, String message) {
        super(message, null, false, false);
        this.command = command;
    }
}
