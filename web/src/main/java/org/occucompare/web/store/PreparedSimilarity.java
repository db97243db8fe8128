package org.occucompare.web.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.occucompare.analytics.similar.PairDistribution;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The similarity index of a dataset version, kept beside it in {@code similarity_index}: built from every
 * occupation of the version by the import that writes it, inside the import's transaction, so that a process that
 * needs the index (or only the importance cosines that calibrate skill overlap) reads it instead of loading every
 * occupation and rebuilding it. An index the store does not hold, or holds in a form this version of OccuCompare does
 * not read, is built by the reader and kept then. Stateless.
 */
final class PreparedSimilarity {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedSimilarity.class);

    private PreparedSimilarity() {
    }

    /** Builds the index of the version the handle defines and keeps it with that version. */
    static void prepare(Handle handle, long version) {
        keep(handle, version, SimilarityIndex.build(everyOccupation(handle)));
    }

    /** Every occupation of the version the handle defines, with its national figures, in code order. */
    static List<Occupation> everyOccupation(Handle handle) {
        List<String> codes = handle.attach(OccupationDao.class).allTitles().stream().map(Map.Entry::getKey).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        Retrieval retrieval = Retrieval.of(Location.NATIONAL, Instant.now(), SourceKind.ONET);
        return List.copyOf(OccupationStore.assemble(handle, codes, List.of(Location.NATIONAL), Section.all(),
                retrieval).values());
    }

    /** Keeps an index with a version, replacing what the version held. */
    static void keep(Handle handle, long version, SimilarityIndex index) {
        handle.createUpdate("delete from similarity_index where dataset_id = :v").bind("v", version).execute();
        handle.createUpdate("insert into similarity_index (dataset_id, importance_cosines, pair_index)"
                + " values (:v, :cosines, :index)").bind("v", version)
                .bind("cosines", index.importanceCosines().toBytes()).bind("index", index.toBytes()).execute();
    }

    /** The index of the version the handle defines, if it is kept in a form this version reads. */
    static Optional<SimilarityIndex> index(Handle handle) {
        return handle.createQuery("select importance_cosines, pair_index from similarity_index"
                + " where dataset_id = <dataset>").map((rs, ctx) -> {
                    try {
                        return Optional.of(SimilarityIndex.fromBytes(rs.getBytes("pair_index"),
                                PairDistribution.fromBytes(rs.getBytes("importance_cosines"))));
                    } catch (IllegalArgumentException e) {
                        return PreparedSimilarity.<SimilarityIndex>unreadable(e);
                    }
                }).findOne().flatMap(o -> o);
    }

    /** The importance cosines of the version the handle defines, if they are kept in a form this version reads. */
    static Optional<PairDistribution> importanceCosines(Handle handle) {
        return handle.createQuery("select importance_cosines from similarity_index where dataset_id = <dataset>")
                .map((rs, ctx) -> {
                    try {
                        return Optional.of(PairDistribution.fromBytes(rs.getBytes(1)));
                    } catch (IllegalArgumentException e) {
                        return PreparedSimilarity.<PairDistribution>unreadable(e);
                    }
                }).findOne().flatMap(o -> o);
    }

    private static <T> Optional<T> unreadable(IllegalArgumentException e) {
        // an older version of OccuCompare kept it: the reader builds it anew and keeps that
        LOG.debug("The kept similarity index is not readable ({}); building it anew.", e.getMessage());
        return Optional.empty();
    }
}
