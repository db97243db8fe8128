package org.occucompare.analytics.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.occucompare.analytics.compare.ComparisonReport;
import org.occucompare.analytics.compare.ComparisonService;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.analytics.skills.SkillOverlap;
import org.occucompare.analytics.skills.SkillOverlaps;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.UsState;
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

/** A whole comparison (3 occupations, 3 places, built-in metrics) and one skill overlap on full O*NET ratings. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComparisonBench {
    private ComparisonService service;
    private List<Occupation> three;
    private List<Location> places;
    private Occupation nurses;
    private Occupation executives;
    private final SkillOverlaps overlaps = new SkillOverlaps();

    /** Loads the built-in metrics and picks the occupations. */
    @Setup(Level.Trial)
    public void setUp() {
        service = new ComparisonService(MetricRegistry.builtIns());
        three = List.of(Fixtures.registeredNurses(), Fixtures.acuteCareNurses(), Fixtures.chiefExecutives());
        places = List.of(Location.NATIONAL, new Location.State(UsState.CALIFORNIA),
                new Location.State(UsState.TEXAS));
        List<Occupation> onet = BenchData.onet();
        nurses = onet.stream().filter(o -> o.code().value().equals("29-1141.00")).findFirst().orElseThrow();
        executives = onet.stream().filter(o -> o.code().value().equals("11-1011.00")).findFirst().orElseThrow();
    }

    /** compare(3 occupations, 3 places), including the guarded evaluation of the built-in metrics. */
    @Benchmark
    public ComparisonReport compareThreeByThree() {
        return service.compare(three, places);
    }

    /** Skill overlap over 120 rated descriptors (35 skills, 33 knowledge areas, 52 abilities). */
    @Benchmark
    public SkillOverlap skillOverlap() {
        return overlaps.compare(nurses, executives);
    }
}
