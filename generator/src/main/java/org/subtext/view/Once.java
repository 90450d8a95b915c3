package org.subtext.view;

import java.util.function.Supplier;

/** A value made on its first use, once, whichever of the threads drawing pages asks first. */
final class Once<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T value;

    Once(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = make.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
