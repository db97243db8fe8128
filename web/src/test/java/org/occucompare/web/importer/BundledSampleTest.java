package org.occucompare.web.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRound;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.OccupationStore;

class BundledSampleTest {
    private static final List<String> REQUIRED = List.of("15-1252.00", "15-1211.00", "15-2051.00", "29-1141.00",
            "29-2061.00", "11-1021.00", "47-2111.00", "35-2014.00", "53-3032.00", "25-2021.00", "29-1218.00");
    private static final Location CALIFORNIA = new Location.State(UsState.CALIFORNIA);

    @TempDir
    Path dir;

    private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
    private final OccupationStore store = new OccupationStore(db, Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    private long count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void a_fresh_store_loads_the_sample_once_with_every_major_group_and_the_required_occupations() {
        assertThat(BundledSample.loadIfEmpty(db)).isTrue();
        assertThat(BundledSample.loadIfEmpty(db)).isFalse();

        assertThat(count("select count(*) from occupation where dataset_id = <dataset>")).isBetween(40L, 60L);
        assertThat(count("select count(distinct substring(code, 1, 2)) from occupation where dataset_id = <dataset>")).isEqualTo(23L);
        Lookup required = store.fetch(REQUIRED.stream().map(OccupationKey::parse).toList(),
                List.of(Location.NATIONAL), Freshness.CACHED);
        assertThat(required.occupations()).hasSize(REQUIRED.size());
        assertThat(required.misses()).isEmpty();
        assertThat(store.describe()).startsWith("bundled sample (").contains("O*NET 30.1", "OEWS May 2024");
        assertThat(store.sources()).anySatisfy(s -> assertThat(s.citation().orElseThrow()).contains("CC BY 4.0"));
    }

    @Test
    void the_sample_has_national_and_state_wages_and_both_projection_rounds() {
        BundledSample.load(db, Instant.now());

        OccupationKey rn = OccupationKey.parse("29-1141.00");
        Occupation nurses = store.fetch(rn, CALIFORNIA, Freshness.CACHED).require(rn);
        assertThat(nurses.wages().orElseThrow().national(RateType.ANNUAL).orElseThrow().median())
                .isEqualTo(WageAmount.of(93_600));
        assertThat(nurses.wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL).orElseThrow().median())
                .isEqualTo(WageAmount.of(140_330));
        assertThat(nurses.projections().orElseThrow().national().orElseThrow().round())
                .isEqualTo(new ProjectionRound(2024, 2034));
        assertThat(nurses.projections().orElseThrow().forState(UsState.CALIFORNIA).orElseThrow().round())
                .isEqualTo(new ProjectionRound(2022, 2032));
        assertThat(nurses.skills()).hasSize(35);
        assertThat(nurses.tasks()).isNotEmpty();
        assertThat(nurses.relatedOccupations()).isNotEmpty();
        assertThat(nurses.education().orElseThrow().typicalEntryEducation()).isPresent();
        // the nation, 50 states, DC, GU, PR and VI (May 2024), and the sample's ten metro areas (May 2025)
        assertThat(count("select count(distinct area_key) from wage where dataset_id = <dataset> and soc_code = '29-1141'")).isEqualTo(65L);
        assertThat(count("select count(*) from oews_area where dataset_id = <dataset>")).isEqualTo(530L);
        OccupationKey obstetricians = OccupationKey.parse("29-1218.00");
        WageEstimate obgyn = store.fetch(obstetricians, Location.NATIONAL, Freshness.CACHED).require(obstetricians)
                .wages().orElseThrow().national(RateType.ANNUAL).orElseThrow();
        assertThat(obgyn.median().isTopCoded()).isTrue();
    }

    @Test
    void a_real_import_replaces_the_sample_whole() throws IOException {
        BundledSample.load(db, Instant.now());
        Path occupations = Files.writeString(dir.resolve("Occupation Data.txt"),
                "O*NET-SOC Code\tTitle\tDescription\r\n11-1011.00\tChief Executives\tDetermine policies.\r\n");
        Path zones = Files.writeString(dir.resolve("Job Zones.txt"),
                "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n11-1011.00\t5\t08/2023\tAnalyst\r\n");

        importer().importFiles(List.of(occupations, zones), ImportOptions.NONE);

        assertThat(count("select count(*) from occupation where dataset_id = <dataset>")).isEqualTo(1L);
        assertThat(count("select count(*) from wage where dataset_id = <dataset>")).isZero();
        assertThat(store.describe()).startsWith("imported data (");
    }

    @Test
    void an_import_that_would_leave_the_sample_store_without_occupations_is_refused_and_changes_nothing()
            throws IOException {
        BundledSample.load(db, Instant.now());
        long before = count("select count(*) from occupation where dataset_id = <dataset>");
        Path zones = Files.writeString(dir.resolve("Job Zones.txt"),
                "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n11-1011.00\t5\t08/2023\tAnalyst\r\n");

        assertThatThrownBy(() -> importer().importFiles(List.of(zones), ImportOptions.NONE))
                .isInstanceOf(OccupationException.class)
                .satisfies(e -> assertThat(((OccupationException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("bundled sample").hasMessageContaining("--allow-shrink");

        assertThat(count("select count(*) from occupation where dataset_id = <dataset>")).isEqualTo(before);
        assertThat(store.describe()).startsWith("bundled sample (");
    }

    private Importer importer() {
        return new Importer(db, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)),
                Clock.systemUTC());
    }

    @Test
    void building_the_sample_again_from_the_official_files_gives_the_bundled_bytes() throws IOException {
        Path data = SharedData.require("onet-30.1").getParent();

        SampleBuilder.build(data, dir);

        Path bundled = Path.of("src/main/resources/sample");
        for (String file : List.of(SampleBuilder.ROWS, SampleBuilder.SOURCES, SampleBuilder.NOTICE)) {
            assertThat(Files.readAllBytes(dir.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(bundled.resolve(file)));
        }
    }
}
