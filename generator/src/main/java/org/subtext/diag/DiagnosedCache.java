package org.subtext.diag;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results kept between builds together with the diagnostics that computing them gave, so that a
 * reused result reports exactly what a fresh one would. A result is reused only while its input
 * is equal (by value) to the input it was computed from.
 */
public final class DiagnosedCache {

    private record Entry(Object input, Object value, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The value for {@code key}: reused when {@code input} equals the last input under that key,
     * else computed into its own diagnostics, which go to {@code sink} either way.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Object input, Diagnostics sink, Function<Diagnostics, T> compute) {
        Entry previous = entries.get(key);
        if (previous != null && previous.input().equals(input)) {
            sink.addAll(previous.diagnostics());
            return (T) previous.value();
        }
        Diagnostics local = new Diagnostics();
        T value = compute.apply(local);
        List<Diagnostic> found = local.sorted();
        sink.addAll(found);
        entries.put(key, new Entry(input, value, found));
        return value;
    }
}
