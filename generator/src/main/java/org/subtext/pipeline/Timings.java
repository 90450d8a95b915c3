package org.subtext.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Milliseconds spent in each stage of one build, in stage order. */
public final class Timings {

    private final Map<String, Long> stages = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long last = start;

    void lap(String stage) {
        long now = System.nanoTime();
        stages.merge(stage, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    public Map<String, Long> stages() {
        return Map.copyOf(stages);
    }

    public long totalMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        stages.forEach((stage, ms) -> out.append(out.length() == 0 ? "" : ", ").append(stage).append(' ')
                .append(ms).append(" ms"));
        return out.toString();
    }
}
