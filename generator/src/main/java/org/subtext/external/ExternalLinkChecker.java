package org.subtext.external;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.subtext.diag.Diagnostic;

/**
 * Fetches every source link of the content ({@code check --external}): each address once, at most
 * {@value #OVERALL} at a time and {@value #PER_HOST} per host, each request given {@code timeout}.
 * A dead {@code url} is an error, or a warning when its archived copy answers; a dead archived copy
 * of a live url is a warning. Addresses found live are remembered for a day in {@code cacheFile}.
 */
public final class ExternalLinkChecker {

    static final int OVERALL = 8;
    static final int PER_HOST = 2;

    private final LinkProbe probe;
    private final Clock clock;
    private final Path cacheFile;

    /** @param cacheFile where live answers are kept, or null to keep none */
    public ExternalLinkChecker(Duration timeout, Clock clock, Path cacheFile) {
        this.probe = new LinkProbe(timeout);
        this.clock = clock;
        this.cacheFile = cacheFile;
    }

    /** The problems found, sorted by place. */
    public List<Diagnostic> check(List<ExternalSource> sources) {
        Instant now = clock.instant();
        LiveLinkCache cache = LiveLinkCache.load(cacheFile, now);
        TreeSet<String> toFetch = new TreeSet<>();
        for (ExternalSource source : sources) {
            toFetch.add(source.url());
            if (source.archived() != null) {
                toFetch.add(source.archived());
            }
        }
        toFetch.removeIf(cache::isLive);
        Map<String, Answer> answers = new HashMap<>(
                HostScheduler.run(List.copyOf(toFetch), OVERALL, PER_HOST, probe::probe));
        answers.forEach((url, answer) -> {
            if (answer.live()) {
                cache.put(url, now, now);
            }
        });
        cache.save();
        List<Diagnostic> found = new ArrayList<>();
        for (ExternalSource source : sources) {
            Verdicts.of(source, url -> answers.getOrDefault(url, Answer.LIVE)).ifPresent(found::add);
        }
        return found.stream().distinct().sorted().toList();
    }
}
