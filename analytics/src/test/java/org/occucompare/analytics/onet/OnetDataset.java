package org.occucompare.analytics.onet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

/**
 * The O*NET dataset, read once per test JVM and shared by the tests that need it (reading it takes a few seconds).
 *
 * @param occupations the occupations with descriptor ratings
 * @param related O*NET's related occupations of each occupation
 */
public record OnetDataset(List<Occupation> occupations, Map<OccupationCode, List<OccupationCode>> related) {

    /** {@return the dataset, or empty when the shared data folder is absent} */
    public static Optional<OnetDataset> get() {
        return Holder.DATASET;
    }

    /** Initialised on first use, by the JVM's class initialisation lock. */
    private static final class Holder {
        static final Optional<OnetDataset> DATASET = OnetFiles.find()
                .map(f -> new OnetDataset(f.occupations(), f.relatedOccupations()));
    }
}
