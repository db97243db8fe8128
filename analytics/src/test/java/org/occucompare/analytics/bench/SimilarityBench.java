package org.occucompare.analytics.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.occucompare.analytics.similar.SimilarOccupation;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@code similar(code, 20)} on the precomputed O*NET index, and the precomputation itself. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SimilarityBench {
    private List<Occupation> occupations;
    private SimilarityIndex index;
    private List<OccupationCode> codes;
    private int next;

    /** Reads the dataset and builds the index once. */
    @Setup(Level.Trial)
    public void setUp() {
        occupations = BenchData.onet();
        index = SimilarityIndex.build(occupations);
        codes = occupations.stream().map(Occupation::code).toList();
    }

    /** One query for the 20 most similar occupations, cycling through the dataset. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<SimilarOccupation> similar20() {
        next = (next + 1) % codes.size();
        return index.similar(codes.get(next), 20);
    }

    /** Building the index of the whole dataset: all pairs of all signals. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public SimilarityIndex buildIndex() {
        return SimilarityIndex.build(occupations);
    }
}
