package org.occucompare.web.analysis;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.occucompare.analytics.compare.ComparisonService;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.analytics.similar.SimilarityWeights;
import org.occucompare.analytics.skills.CosinePercentiles;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.store.OccupationStore;

/**
 * One dataset version as analytics sees it, each part read or built on first use and then kept: the similarity
 * index (as the import prepared it in the store, else built from every occupation and kept in the store for the next
 * process), the comparison service calibrated by the index's importance cosines (read alone when the index itself is
 * not needed, as for a one-shot comparison), and every occupation with its national figures. Thread-safe: concurrent
 * first calls read or build a part once. Every part is read from this version, whatever version is current by
 * then, so that an import between two first uses does not mix versions.
 */
final class Dataset {
    private final long version;
    private final OccupationStore store;
    private final Lazy<List<Occupation>> occupations;
    private final Lazy<SimilarityIndex> index;
    private final Lazy<ComparisonService> comparisons;

    /**
     * The dataset of a version.
     *
     * @param version the dataset version the parts are read for
     * @param store the store, never null
     * @param registry the metrics a comparison evaluates, never null
     * @param metricTimeLimit how long one metric may take per comparison, never null
     */
    Dataset(long version, OccupationStore store, MetricRegistry registry, Duration metricTimeLimit) {
        this.version = version;
        this.store = requireNonNull(store, "store is null");
        requireNonNull(registry, "registry is null");
        requireNonNull(metricTimeLimit, "metricTimeLimit is null");
        this.occupations = new Lazy<>(() -> store.everyOccupation(version).occupations());
        this.index = new Lazy<>(this::readOrBuildIndex);
        this.comparisons = new Lazy<>(() -> new ComparisonService(registry, metricTimeLimit,
                Optional.of(calibration())));
    }

    /** {@return the dataset version these parts belong to} */
    long version() {
        return version;
    }

    /** {@return every occupation with its national figures, in code order, never null} */
    List<Occupation> occupations() {
        return occupations.get();
    }

    /** {@return the similarity index of every occupation, never null} */
    SimilarityIndex index() {
        return index.get();
    }

    /** {@return the comparison service, its skill overlap calibrated by the dataset, never null} */
    ComparisonService comparisons() {
        return comparisons.get();
    }

    private CosinePercentiles calibration() {
        SimilarityIndex known = index.peek();
        if (known != null) {
            return known.importanceCosines();
        }
        return store.importanceCosines(version).<CosinePercentiles>map(c -> c)
                .orElseGet(() -> index().importanceCosines());
    }

    private SimilarityIndex readOrBuildIndex() {
        Optional<SimilarityIndex> prepared = store.similarityIndex(version);
        if (prepared.isPresent() && prepared.get().weights().equals(SimilarityWeights.DEFAULT)) {
            return prepared.get();
        }
        // a version imported before indexes were kept with the data: build it once, and keep it for the next process
        OccupationStore.StoredDataset stored = store.everyOccupation(version);
        SimilarityIndex built = SimilarityIndex.build(stored.occupations());
        store.keepSimilarity(version, built);
        occupations.offer(stored.occupations());
        return built;
    }

    /** A value computed on first use, at most once, then kept. */
    private static final class Lazy<T> {
        private final Supplier<T> compute;
        private volatile @Nullable T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T known = value;
            if (known != null) {
                return known;
            }
            synchronized (this) {
                if (value == null) {
                    value = compute.get();
                }
                return requireNonNull(value);
            }
        }

        @Nullable T peek() {
            return value;
        }

        /** Keeps a value computed elsewhere, unless one is kept already. */
        synchronized void offer(T computed) {
            if (value == null) {
                value = computed;
            }
        }
    }
}
