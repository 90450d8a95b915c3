package org.subtext.cli;

/**
 * One command-line option. A flag has no {@code label}; an option with a label takes a value, as
 * {@code --name VALUE} or {@code --name=VALUE}.
 *
 * @param shortName a one-letter alias such as {@code -q}, or null
 * @param defaultValue the value when the option is not given, or null
 */
record Option(String name, String shortName, String label, String defaultValue, String description) {

    static Option flag(String name, String shortName, String description) {
        return new Option(name, shortName, null, null, description);
    }

    static Option value(String name, String label, String defaultValue, String description) {
        return new Option(name, null, label, defaultValue, description);
    }

    boolean isFlag() {
        return label == null;
    }

    /** {@code -q, --quiet} or {@code --out=DIR}, as help lists it. */
    String synopsis() {
        return (shortName == null ? "    " : shortName + ", ") + name + (isFlag() ? "" : "=" + label);
    }

    /** The description, with the default named when there is one. */
    String help() {
        return defaultValue == null ? description : description + " (default: " + defaultValue + ")";
    }
}
