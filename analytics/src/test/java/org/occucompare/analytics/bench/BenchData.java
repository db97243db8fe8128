package org.occucompare.analytics.bench;

import java.util.List;
import org.occucompare.analytics.onet.OnetDataset;
import org.occucompare.core.model.Occupation;

/** The O*NET dataset the benchmarks run on; they need the shared data folder. */
final class BenchData {
    private BenchData() {
    }

    static List<Occupation> onet() {
        return OnetDataset.get().orElseThrow(() -> new IllegalStateException("The benchmarks need the O*NET files"
                + " under ../shared/data (or -Doccucompare.data=...).")).occupations();
    }
}
