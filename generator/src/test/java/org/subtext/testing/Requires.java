package org.subtext.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs programs Maven cannot fetch. Where one is missing the class is skipped,
 * with one line per run saying what to install; with {@code -Dsubtext.requireTools=true} (which
 * {@code .ci/run} passes) it fails instead, so CI never passes by silently running nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiredTools.class)
public @interface Requires {

    Tool[] value();
}
