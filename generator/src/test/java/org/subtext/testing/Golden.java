package org.subtext.testing;

/** The switch that rewrites expected outputs: {@code mvn test -Dsubtext.update=true}. */
public final class Golden {

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("subtext.update");
    }
}
