package org.occucompare.web.cache;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.occucompare.analytics.plugin.MetricStatus;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Retrieval;
import org.occucompare.web.cache.Rendered.SourceFreshness;
import org.occucompare.web.compare.Comparison;

/**
 * The freshness rules of the data an answer is built from. Data of the local store change only with the dataset
 * version; live CareerOneStop answers are served from the store's cache for {@code live} after they were retrieved
 * and then asked again, so an answer built from them may be kept only until its oldest data pass that age, and an
 * answer holding data served past their freshness (the upstream was down) is not kept at all. Nor is a comparison
 * in which a metric did not give its result (it failed, ran past its time limit or found its slots busy): that
 * depends on the moment, not only on the data; nor is a comparison that left out occupations the live source failed
 * for. Immutable.
 *
 * @param live how long live answers stay fresh, or empty when every answer comes from the local store; never null
 */
public record FreshnessPolicy(Optional<Duration> live) {
    /** The rules of an app that answers from the local store only. */
    public static final FreshnessPolicy STORE_ONLY = new FreshnessPolicy(Optional.empty());

    /** Rejects null. */
    public FreshnessPolicy {
        requireNonNull(live, "live is null");
    }

    /**
     * The freshness of an answer showing a comparison: that of its occupations, and not kept when a metric did not
     * give its result or an occupation could not be fetched.
     *
     * @param comparison the comparison the answer shows, never null
     * @return the freshness, never null
     */
    public SourceFreshness of(Comparison comparison) {
        requireNonNull(comparison, "comparison is null");
        SourceFreshness data = of(comparison.occupations());
        // occupations left out because the live source failed would stay left out for as long as it is kept
        boolean complete = comparison.complete()
                && comparison.report().metrics().stream().allMatch(m -> m.status() == MetricStatus.OK);
        return complete ? data : new SourceFreshness(data.stamp(), data.lastModified(), data.expiresAt(), false);
    }

    /**
     * The freshness of an answer built from some occupations.
     *
     * @param occupations the occupations the answer shows, never null
     * @return the freshness, never null
     */
    public SourceFreshness of(Collection<Occupation> occupations) {
        requireNonNull(occupations, "occupations is null");
        if (live.isEmpty()) {
            return SourceFreshness.STORE;
        }
        List<Retrieval> retrievals = occupations.stream().map(Occupation::retrieval).toList();
        List<Instant> times = retrievals.stream().map(Retrieval::retrievedAt).sorted().toList();
        if (times.isEmpty()) {
            return SourceFreshness.STORE;
        }
        return new SourceFreshness(times.stream().map(Instant::toString).collect(Collectors.joining(",")),
                Optional.of(times.get(times.size() - 1)), Optional.of(times.get(0).plus(live.get())),
                retrievals.stream().noneMatch(Retrieval::stale));
    }
}
