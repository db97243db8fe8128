package org.occucompare.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.analytics.plugin.PluginLoader;
import org.occucompare.analytics.similar.SimilarOccupation;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.importer.BundledSample;
import org.occucompare.web.importer.ImportOptions;
import org.occucompare.web.importer.Importer;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.OccupationStore;
import org.occucompare.web.store.StoreKinds;
import org.occucompare.web.store.TestStore;

/**
 * The similarity index an import prepares with its dataset version gives the same answers as one built from the
 * stored occupations, and a version stored without one still answers (and keeps the index it builds). On H2 and
 * PostgreSQL. The small fixture's figures are computed by hand: three occupations, each a title and a description
 * of its own words (so the text signals are 0 for every pair, have no spread and drop out), rated on two skills;
 * a score is then the cosine of the two importance vectors.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(StoreKinds.class)
class PreparedSimilarityTest {
    private static final OccupationCode A = OccupationCode.parse("11-1011.00");
    private static final OccupationCode B = OccupationCode.parse("13-2011.00");
    private static final OccupationCode C = OccupationCode.parse("29-1141.00");
    private static final String SKILLS = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\r\n";

    @TempDir
    Path dir;

    private final Database db;
    private final OccupationStore store;

    PreparedSimilarityTest(TestStore kind) {
        this.db = kind.open();
        this.store = new OccupationStore(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AnalysisServices analysis() {
        return AnalysisServices.of(store, new PluginLoader(Map.of()).loadBuiltIns());
    }

    @Test
    void each_import_prepares_its_version_s_index_with_the_hand_computed_answers() throws IOException {
        // importance (3, 4), (4, 3) and (1, 5): A–B 24/25 = 0.96, A–C 23/(5√26) = 0.9021, B–C 19/(5√26) =
        // 0.7452
        importFiles(occupations(), skills(3, 4, 4, 3, 1, 5));
        long first = store.dataset().orElseThrow().id();
        assertThat(store.similarityIndex(current())).isPresent();

        List<SimilarOccupation> similar = analysis().similar(A, 5);
        assertThat(similar).extracting(SimilarOccupation::code).containsExactly(B, C);
        assertThat(similar.get(0).score()).isCloseTo(0.96, within(1e-6));
        assertThat(similar.get(1).score()).isCloseTo(23 / (5 * Math.sqrt(26)), within(1e-6));
        assertThat(similar.get(0).percentileAmongPairs()).isEqualTo(100.0);
        assertThat(similar.get(1).percentileAmongPairs()).isCloseTo(200.0 / 3, within(1e-9));
        // Reading Comprehension (3, 4, 1; mean 8/3): both lie above the mean; Active Listening (4, 3, 5; mean 4) not
        assertThat(similar.get(0).sharedDescriptors()).containsExactly(new SharedDescriptor("2.A.1.a",
                "Reading Comprehension", DescriptorKind.SKILL, 3, 4, OptionalDouble.of(2.5), OptionalDouble.empty()));
        // skill overlap is calibrated by the same pairs: A–B's importance cosine is the highest of the three
        assertThat(analysis().comparisons().skillOverlap(occupation(A), occupation(B)).percentileAmongPairs())
                .hasValue(100.0);

        // a second version: C now rated as A, (3, 4): A–C 1, A–B and B–C 0.96
        importFiles(skills(3, 4, 4, 3, 3, 4));
        assertThat(store.dataset().orElseThrow().id()).isEqualTo(first + 1);
        List<SimilarOccupation> again = analysis().similar(A, 5);
        assertThat(again).extracting(SimilarOccupation::code).containsExactly(C, B);
        assertThat(again.get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(again.get(1).percentileAmongPairs()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(preparedVersions()).containsExactly(first, first + 1);
    }

    @Test
    void a_dataset_reads_its_parts_from_its_own_version_even_after_a_newer_import() throws IOException {
        importFiles(occupations(), skills(3, 4, 4, 3, 1, 5));
        Dataset first = new Dataset(current(), store, MetricRegistry.of(new PluginLoader(Map.of()).loadBuiltIns()),
                MetricRegistry.DEFAULT_TIME_LIMIT);
        importFiles(skills(3, 4, 4, 3, 3, 4)); // a newer version: A–C 1 there

        // the first version's index, read after the import: A–C 23 / (5√26) as rated then
        assertThat(first.index().score(A, C)).isCloseTo(23 / (5 * Math.sqrt(26)), within(1e-6));
        assertThat(first.occupations()).extracting(Occupation::code).containsExactly(A, B, C);
    }

    @Test
    void a_version_stored_without_an_index_gets_one_built_and_kept_with_the_same_answers() throws IOException {
        importFiles(occupations(), skills(3, 4, 4, 3, 1, 5));
        List<SimilarOccupation> prepared = analysis().similar(A, 5);
        db.jdbi().useHandle(h -> h.execute("delete from similarity_index"));
        assertThat(store.similarityIndex(current())).isEmpty();

        AnalysisServices analysis = analysis();
        assertThat(analysis.similar(A, 5)).isEqualTo(prepared);
        assertThat(analysis.occupations()).extracting(Occupation::code).containsExactly(A, B, C);
        assertThat(store.similarityIndex(current())).isPresent();
        assertThat(analysis().similar(A, 5)).isEqualTo(prepared);
    }

    @Test
    void the_prepared_index_of_the_bundled_sample_answers_as_one_built_from_its_occupations() {
        BundledSample.loadIfEmpty(db);
        SimilarityIndex prepared = store.similarityIndex(current()).orElseThrow();
        SimilarityIndex built = SimilarityIndex.build(store.everyOccupation(current()).occupations());

        assertThat(prepared.size()).isEqualTo(built.size()).isEqualTo(53);
        for (Occupation o : store.everyOccupation(current()).occupations()) {
            assertThat(prepared.similar(o.code(), 10)).as(o.code().value()).isEqualTo(built.similar(o.code(), 10));
        }
        for (double cosine = 0.5; cosine <= 1; cosine += 0.005) {
            assertThat(store.importanceCosines(current()).orElseThrow().percentileOfImportanceCosine(cosine))
                    .isEqualTo(built.percentileOfImportanceCosine(cosine));
        }
    }

    private List<Long> preparedVersions() {
        return db.jdbi().withHandle(h -> h.createQuery("select dataset_id from similarity_index order by dataset_id")
                .mapTo(Long.class).list());
    }

    private Occupation occupation(OccupationCode code) {
        OccupationKey key = new OccupationKey.Code(code);
        return store.fetch(key, Location.NATIONAL, Freshness.CACHED).require(key);
    }

    private void importFiles(Path... files) {
        new Importer(db, new PrintWriter(new StringWriter()), Clock.systemUTC()).importFiles(List.of(files),
                ImportOptions.NONE);
    }

    private Path occupations() throws IOException {
        Path folder = Files.createTempDirectory(dir, "onet");
        return Files.writeString(folder.resolve("Occupation Data.txt"), "O*NET-SOC Code\tTitle\tDescription\r\n"
                + A.value() + "\tChief Executives\tDetermine strategy.\r\n"
                + B.value() + "\tAccountants\tExamine records.\r\n"
                + C.value() + "\tRegistered Nurses\tAssess patients.\r\n");
    }

    /** Importance of the two skills for A, B and C; A's first skill also has a level of 2.5. */
    private Path skills(double ax, double ay, double bx, double by, double cx, double cy) throws IOException {
        StringBuilder rows = new StringBuilder(SKILLS);
        rows.append(rating(A, "2.A.1.a", "Reading Comprehension", "LV", 2.5));
        double[][] importance = {{ax, ay}, {bx, by}, {cx, cy}};
        List<OccupationCode> codes = List.of(A, B, C);
        for (int i = 0; i < 3; i++) {
            rows.append(rating(codes.get(i), "2.A.1.a", "Reading Comprehension", "IM", importance[i][0]));
            rows.append(rating(codes.get(i), "2.A.1.b", "Active Listening", "IM", importance[i][1]));
        }
        Path folder = Files.createTempDirectory(dir, "skills");
        return Files.writeString(folder.resolve("Skills.txt"), rows.toString());
    }

    private static String rating(OccupationCode code, String id, String name, String scale, double value) {
        return code.value() + "\t" + id + "\t" + name + "\t" + scale + "\t" + value + "\r\n";
    }

    /** The version readers use now, read from the store (not trusted for a second, as currentVersion() is). */
    private long current() {
        return store.dataset().map(v -> v.id()).orElse(0L);
    }
}
