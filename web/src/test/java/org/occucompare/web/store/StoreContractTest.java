package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.importer.BundledSample;
import org.occucompare.web.importer.ImportOptions;
import org.occucompare.web.importer.Importer;
import org.occucompare.web.store.row.OccupationRow;

/**
 * The store's contract, one suite run on H2 and on PostgreSQL: the schema, the bundled sample read back, dataset
 * versions (a new version per import, switched in one step, readers never seeing half an import, failures and
 * refusals changing nothing, old versions pruned) and the cache tables. Expected figures come from the official
 * files (OEWS May 2024: registered nurses' annual median is $93,600 nationally and $140,330 in California).
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(StoreKinds.class)
class StoreContractTest {
    private static final Location CALIFORNIA = new Location.State(UsState.CALIFORNIA);
    private static final OccupationCode NURSES = OccupationCode.parse("29-1141.00");
    private static final String OCCUPATIONS = "O*NET-SOC Code\tTitle\tDescription\r\n";
    private static final String OEWS_HEADER =
            "PRIM_STATE,OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\r\n";
    /** Tables that are not imported data, so carry no dataset version. */
    private static final Set<String> UNVERSIONED = Set.of("dataset_version", "dataset_current", "dataset_scope",
            "store_lock", "upstream_response", "cache_entry", "upstream_lease", "upstream_rate",
            "flyway_schema_history");

    @TempDir
    Path dir;

    private final Database db;
    private final OccupationStore store;

    StoreContractTest(TestStore kind) {
        this.db = kind.open();
        this.store = new OccupationStore(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** One occupation at one place through the store's fetch: empty when the store does not hold it. */
    private Optional<Occupation> find(OccupationCode code, Location place) {
        OccupationKey key = new OccupationKey.Code(code);
        return store.fetch(key, place, Freshness.CACHED).occupation(key);
    }

    @Test
    void every_table_of_imported_data_carries_the_dataset_version_and_is_known_to_the_importer() {
        Map<String, Set<String>> columns = db.jdbi().withHandle(h -> h.createQuery("select lower(table_name) t,"
                + " lower(column_name) c from information_schema.columns where lower(table_schema) = 'public'")
                .reduceRows(new java.util.TreeMap<String, Set<String>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("t", String.class), k -> new TreeSet<>())
                            .add(row.getColumn("c", String.class));
                    return map;
                }));

        Set<String> dataTables = new TreeSet<>(columns.keySet());
        dataTables.removeAll(UNVERSIONED);
        assertThat(dataTables).isEqualTo(new TreeSet<>(StoreTable.versionedAndDerived()));
        for (String table : StoreTable.DERIVED) {
            assertThat(columns.get(table)).as(table).contains("dataset_id");
        }
        dataTables.removeAll(StoreTable.DERIVED);
        for (String table : dataTables) {
            Set<String> expected = new TreeSet<>(StoreTable.VERSIONED.get(table));
            expected.add("dataset_id");
            assertThat(columns.get(table)).as(table).isEqualTo(expected);
        }
    }

    @Test
    void the_bundled_sample_loads_once_and_reads_back_with_official_figures() {
        assertThat(store.dataset()).isEmpty();
        assertThat(BundledSample.loadIfEmpty(db)).isTrue();
        assertThat(BundledSample.loadIfEmpty(db)).isFalse();

        Occupation nurses = find(NURSES, CALIFORNIA).orElseThrow();
        assertThat(nurses.wages().orElseThrow().national(RateType.ANNUAL).orElseThrow().median())
                .isEqualTo(WageAmount.of(93_600));
        assertThat(nurses.wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL).orElseThrow().median())
                .isEqualTo(WageAmount.of(140_330));
        assertThat(nurses.skills()).hasSize(35);
        assertThat(store.search("registered nurse", 5)).extracting(s -> s.code()).contains(NURSES);
        assertThat(store.search("29-114", 5)).extracting(s -> s.code()).contains(NURSES);
        assertThat(store.descriptorVectors(DescriptorKind.SKILL).get(NURSES)).hasSize(35);
        assertThat(store.dataset().orElseThrow().kind()).isEqualTo("sample");
        assertThat(store.describe()).startsWith("bundled sample (").contains("O*NET 30.1");
    }

    @Test
    void each_import_writes_a_new_version_that_becomes_current_and_only_the_last_three_are_kept() throws IOException {
        BundledSample.loadIfEmpty(db);
        long sample = store.dataset().orElseThrow().id();

        for (int i = 1; i <= 4; i++) {
            importFiles(ImportOptions.NONE, occupations("11-1011.00\tChief Executives " + i + "\tPlan.\r\n"));
            assertThat(store.dataset().orElseThrow().id()).isEqualTo(sample + i);
            assertThat(find(OccupationCode.parse("11-1011.00"), Location.NATIONAL).orElseThrow().title())
                    .isEqualTo("Chief Executives " + i);
        }

        List<Long> kept = db.jdbi().withHandle(h -> h.createQuery("select dataset_id from dataset_version"
                + " order by dataset_id").mapTo(Long.class).list());
        List<Long> withRows = db.jdbi().withHandle(h -> h.createQuery("select distinct dataset_id from occupation"
                + " order by dataset_id").mapTo(Long.class).list());
        assertThat(kept).containsExactly(sample + 2, sample + 3, sample + 4);
        assertThat(withRows).isEqualTo(kept);
        // each version keeps its own similarity index, pruned with it
        List<Long> withIndex = db.jdbi().withHandle(h -> h.createQuery("select dataset_id from similarity_index"
                + " order by dataset_id").mapTo(Long.class).list());
        assertThat(withIndex).isEqualTo(kept);
        assertThat(store.dataset().orElseThrow().importDuration()).isPresent();
    }

    @Test
    void an_import_replaces_what_its_files_cover_and_carries_over_the_rest() throws IOException {
        importFiles(ImportOptions.NONE, occupations("29-1141.00\tRegistered Nurses\tCare.\r\n"),
                oews("state_M2024_dl.csv", "CA,29-1141,Registered Nurses,10,100,10,20,140330,40,50\r\n"
                        + "TX,29-1141,Registered Nurses,10,100,10,20,84000,40,50\r\n"));
        importFiles(ImportOptions.NONE, oews("state_M2024_dl.csv",
                "CA,29-1141,Registered Nurses,10,100,10,20,150000,40,50\r\n"));

        Occupation nurses = find(NURSES, CALIFORNIA).orElseThrow();
        assertThat(nurses.wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL).orElseThrow().median())
                .isEqualTo(WageAmount.of(150_000));
        Location texas = new Location.State(UsState.TEXAS);
        assertThat(find(NURSES, texas).orElseThrow().wages().orElseThrow().find(texas, RateType.ANNUAL)
                .orElseThrow().median()).isEqualTo(WageAmount.of(84_000));
        assertThat(store.sources()).extracting(DataSourceInfo::sourceId).containsExactly("oews:2024", "onet");
        assertThat(store.sources().get(0).rowCount()).isEqualTo(2L);
    }

    @Test
    void employment_shares_are_read_with_the_wages_of_their_place_and_year_and_replaced_with_them()
            throws IOException {
        // OEWS May 2024 (state_M2024_dl): Registered Nurses, JOBS_1000 and LOC_QUOTIENT of California 18.093 and
        // 0.85, of Texas 18.853 and 0.89
        String header = "PRIM_STATE,OCC_CODE,OCC_TITLE,TOT_EMP,JOBS_1000,LOC_QUOTIENT,A_MEAN,A_PCT10,A_PCT25,"
                + "A_MEDIAN,A_PCT75,A_PCT90\r\n";
        Path folder = Files.createTempDirectory(dir, "oews");
        importFiles(ImportOptions.NONE, occupations("29-1141.00\tRegistered Nurses\tCare.\r\n"),
                Files.writeString(folder.resolve("state_M2024_dl.csv"), header
                        + "CA,29-1141,Registered Nurses,326720,18.093,0.85,148330,100120,119710,140330,172200,"
                        + "208880\r\n"
                        + "TX,29-1141,Registered Nurses,261050,18.853,0.89,91690,64660,77450,90010,102200,122060\r\n"));
        Location texas = new Location.State(UsState.TEXAS);
        WageEstimate california = find(NURSES, CALIFORNIA).orElseThrow().wages().orElseThrow()
                .find(CALIFORNIA, RateType.ANNUAL).orElseThrow();
        assertThat(california.jobsPer1000()).hasValue(18.093);
        assertThat(california.locationQuotient()).hasValue(0.85);
        assertThat(find(NURSES, CALIFORNIA).orElseThrow().wages().orElseThrow().national(RateType.ANNUAL))
                .isEmpty();

        // a new California file replaces California's shares with its wages; Texas's are carried over
        Path again = Files.createTempDirectory(dir, "oews");
        importFiles(ImportOptions.NONE, Files.writeString(again.resolve("state_M2024_dl.csv"), header
                + "CA,29-1141,Registered Nurses,326720,,0.9,148330,100120,119710,140330,172200,208880\r\n"));
        california = find(NURSES, CALIFORNIA).orElseThrow().wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL)
                .orElseThrow();
        assertThat(california.jobsPer1000()).isEmpty();
        assertThat(california.locationQuotient()).hasValue(0.9);
        WageEstimate tx = find(NURSES, texas).orElseThrow().wages().orElseThrow().find(texas, RateType.ANNUAL)
                .orElseThrow();
        assertThat(tx.jobsPer1000()).hasValue(18.853);
        assertThat(tx.locationQuotient()).hasValue(0.89);
    }

    @Test
    void a_reader_during_an_import_sees_the_previous_version_whole_until_the_switch() throws Exception {
        BundledSample.loadIfEmpty(db);
        int sampleSize = store.codes().size();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<String> importing = CompletableFuture.supplyAsync(() -> db.inImport(imp -> {
            imp.replaceAll();
            imp.accept(new OccupationRow("11-1011.00", "11-1011", "Chief Executives", "Plan."));
            imp.finish();
            written.countDown();
            await(release);
            return imp.recordDataset("import");
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(store.codes()).hasSize(sampleSize).contains(NURSES);
        assertThat(find(NURSES, CALIFORNIA)).isPresent();
        assertThat(store.dataset().orElseThrow().kind()).isEqualTo("sample");
        release.countDown();
        importing.get(30, TimeUnit.SECONDS);

        assertThat(store.codes()).containsExactly(OccupationCode.parse("11-1011.00"));
        assertThat(store.dataset().orElseThrow().kind()).isEqualTo("import");
    }

    @Test
    void a_failed_import_leaves_the_previous_version_serving_and_none_of_its_rows() {
        BundledSample.loadIfEmpty(db);
        DatasetVersion before = store.dataset().orElseThrow();

        assertThatThrownBy(() -> db.inImport(imp -> {
            imp.accept(new OccupationRow("11-1011.00", "11-1011", "Chief Executives", "Plan."));
            imp.finish();
            throw new IllegalStateException("the disk is full");
        })).hasMessageContaining("the disk is full");

        assertThat(store.dataset()).contains(before);
        long stray = db.jdbi().withHandle(h -> h.createQuery("select count(*) from occupation where dataset_id <> :v")
                .bind("v", before.id()).mapTo(Long.class).one());
        assertThat(stray).isZero();
        assertThat(find(NURSES, Location.NATIONAL)).isPresent();
    }

    @Test
    void one_import_runs_at_a_time_and_the_next_one_works_once_it_is_done() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> db.inImport(imp -> {
            holding.countDown();
            await(release);
            return "done";
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> db.inImport(Duration.ZERO, imp -> "second")).isInstanceOf(StoreBusyException.class)
                .hasMessageContaining("Another import").hasMessageContaining("Nothing was changed");
        assertThat(BundledSample.loadIfEmpty(db)).isFalse();
        release.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(BundledSample.loadIfEmpty(db)).isTrue();
    }

    @Test
    void a_file_without_data_rows_is_refused_and_changes_nothing_not_even_the_sources() throws IOException {
        importFiles(ImportOptions.NONE, occupations("29-1141.00\tRegistered Nurses\tCare.\r\n"),
                oews("national_M2024_dl.csv", "US,29-1141,Registered Nurses,10,100,10,20,93600,40,50\r\n"));
        DatasetVersion before = store.dataset().orElseThrow();
        List<DataSourceInfo> sources = store.sources();

        assertThatThrownBy(() -> importFiles(ImportOptions.NONE, oews("national_M2024_dl.csv", "")))
                .isInstanceOf(OccupationException.class).hasMessageContaining("no data rows")
                .hasMessageContaining("--allow-empty")
                .satisfies(e -> assertThat(((OccupationException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT));

        assertThat(store.dataset()).contains(before);
        assertThat(store.sources()).isEqualTo(sources);
        assertThat(find(NURSES, Location.NATIONAL).orElseThrow().wages().orElseThrow()
                .national(RateType.ANNUAL).orElseThrow().median()).isEqualTo(WageAmount.of(93_600));
    }

    @Test
    void an_import_that_would_shrink_what_it_replaces_is_refused_unless_allowed() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 10; i < 30; i++) {
            many.append("11-10").append(i).append(".00\tOccupation ").append(i).append("\tWork.\r\n");
        }
        importFiles(ImportOptions.NONE, occupations(many.toString()));
        DatasetVersion before = store.dataset().orElseThrow();
        Path truncated = occupations("11-1010.00\tOccupation 10\tWork.\r\n");

        assertThatThrownBy(() -> importFiles(ImportOptions.NONE, truncated))
                .isInstanceOf(OccupationException.class).hasMessageContaining("occupation from 20 rows to 1")
                .hasMessageContaining("--allow-shrink");
        assertThat(store.dataset()).contains(before);
        assertThat(store.codes()).hasSize(20);

        importFiles(ImportOptions.NONE.withAllowShrink(true), truncated);
        assertThat(store.codes()).containsExactly(OccupationCode.parse("11-1010.00"));
    }

    @Test
    void cached_answers_and_raw_responses_survive_imports() {
        ResponseArchive archive = new ResponseArchive(db);
        archive.keep("careeronestop", "/v1/occupation/x/29-1141.00/CA", Instant.parse("2026-01-02T03:04:05Z"), 200,
                "{\"ok\":true}");
        BundledSample.loadIfEmpty(db);

        assertThat(archive.body("careeronestop", "/v1/occupation/x/29-1141.00/CA")).contains("{\"ok\":true}");
        assertThat(archive.body("careeronestop", "/elsewhere")).isEmpty();
    }

    private void importFiles(ImportOptions options, Path... files) {
        new Importer(db, new PrintWriter(new StringWriter()), Clock.systemUTC()).importFiles(List.of(files), options);
    }

    private Path occupations(String rows) throws IOException {
        Path folder = Files.createTempDirectory(dir, "onet");
        return Files.writeString(folder.resolve("Occupation Data.txt"), OCCUPATIONS + rows);
    }

    private Path oews(String name, String rows) throws IOException {
        Path folder = Files.createTempDirectory(dir, "oews");
        return Files.writeString(folder.resolve(name), OEWS_HEADER + rows);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
