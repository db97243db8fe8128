import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.occucompare.web.Application;
import org.occucompare.web.chart.AreaMap;
import org.occucompare.web.chart.MapMeasure;
import org.occucompare.web.chart.StateMap;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.places.OccupationPlaces;
import org.occucompare.web.places.OewsArea;
import org.occucompare.web.places.PlaceLevel;

/**
 * The map benchmark of docs/performance.md ("Places pages and maps"): how long it takes to build one occupation's
 * metro map and state map, and the measures each can be switched to, from listings already fetched, on the store
 * that {@code OCCUCOMPARE_DB} names (as the app reads it). This is the work of every places page and map file that
 * is not kept yet, such as the first views after an import. Each case runs a warm-up, then repeats for the time
 * given and prints the mean time per call. Run with the packaged app on the class path (single-file source
 * launch): {@code java -cp web/target/occucompare.jar bench/PlaceMapBench.java [CODE] [SECONDS]}.
 */
public final class PlaceMapBench {
    private static int sink;

    private PlaceMapBench() {
    }

    public static void main(String[] args) {
        String code = args.length > 0 ? args[0] : "29-1141.00";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        AppConfig config = AppConfig.load(System.getenv(), Optional.empty());
        try (Application app = Application.open(config, Clock.systemUTC())) {
            OccupationPlaces metro = app.compare().places(code, PlaceLevel.METRO);
            OccupationPlaces states = app.compare().places(code, PlaceLevel.STATE);
            List<OewsArea> areas = app.compare().areas();
            int estimates = metro.occupation().wages().map(w -> w.estimates().size()).orElse(0);
            System.out.printf("%s: %d areas, %d wage estimates, %d state rows%n", code, areas.size(), estimates,
                    states.rows().size());
            AreaMap areaMap = AreaMap.of(metro.occupation(), areas, MapMeasure.MEDIAN_ANNUAL);
            time("metro map (AreaMap.of)", seconds,
                    () -> AreaMap.of(metro.occupation(), areas, MapMeasure.MEDIAN_ANNUAL));
            time("metro map's measures (available)", seconds, areaMap::available);
            time("state map (StateMap.of)", seconds, () -> StateMap.of(states, MapMeasure.MEDIAN_ANNUAL));
            time("state map's measures (available)", seconds, () -> StateMap.available(states));
        }
        System.out.println(sink == 42 ? "" : "done");
    }

    private static void time(String what, double seconds, Supplier<Object> work) {
        run(work, Math.max(1, seconds / 2)); // warm-up
        double[] result = run(work, seconds);
        System.out.printf("%-36s %12.1f µs/call  (%,.0f calls)%n", what, result[0] / result[1] / 1000, result[1]);
    }

    /** Runs the work for about a time; returns the nanoseconds taken and the number of calls. */
    private static double[] run(Supplier<Object> work, double seconds) {
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long calls = 0;
        long now;
        do {
            sink += System.identityHashCode(work.get()); // keeps the result alive without walking it
            calls++;
            now = System.nanoTime();
        } while (now - start < budget);
        return new double[] {now - start, calls};
    }
}
