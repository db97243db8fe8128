package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.ProjectionRound;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.importer.ImportOptions;
import org.occucompare.web.importer.Importer;
import org.occucompare.web.importer.SharedData;
import org.occucompare.web.importer.YearRange;

class OccupationStoreTest {
    private static final Location CALIFORNIA = new Location.State(UsState.CALIFORNIA);
    private static Database db;
    private static OccupationStore store;

    @BeforeAll
    static void importEverything() {
        Path data = SharedData.ROOT;
        assumeTrue(Files.isDirectory(data), "skipped: the official data " + data + " is absent (../shared/data)");
        db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
        new Importer(db, new PrintWriter(new StringWriter()), Clock.systemUTC()).importFiles(List.of(
                data.resolve("onet-30.1"), data.resolve("onet-30.0-abilities/Abilities.txt"),
                data.resolve("bls-oews/national_M2024_dl.xlsx"),
                data.resolve("bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv"),
                data.resolve("bls-ep-2024-34/occupation.xlsx"), data.resolve("bls-ep-2024-34/education.xlsx"),
                data.resolve("projections-central/longterm-2022-2032-all-states")),
                ImportOptions.NONE.withProjectionYears(YearRange.parse("2022-2032")));
        store = new OccupationStore(db, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static Occupation find(String code, Location location) {
        OccupationKey key = OccupationKey.parse(code);
        return store.fetch(key, location, Freshness.CACHED).require(key);
    }

    @Test
    void asking_for_some_sections_reads_only_those_and_gives_what_the_whole_occupation_narrowed_would() {
        OccupationStore fixed = new OccupationStore(db, Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"),
                ZoneOffset.UTC));
        List<Set<Section>> asked = List.of(EnumSet.of(Section.METADATA),
                EnumSet.of(Section.METADATA, Section.WAGES), EnumSet.of(Section.METADATA, Section.SKILLS,
                        Section.TRAINING), EnumSet.of(Section.METADATA, Section.PROJECTIONS, Section.TASKS,
                        Section.WORK_VALUES));
        for (String code : List.of("29-1141.00", "29-1141.01", "15-1252.00", "13-1021.00")) {
            OccupationKey key = OccupationKey.parse(code);
            Occupation whole = fixed.fetch(key, CALIFORNIA, Section.all(), Freshness.CACHED).require(key);
            for (Set<Section> sections : asked) {
                Occupation some = fixed.fetch(key, CALIFORNIA, sections, Freshness.CACHED).require(key);
                assertThat(some).as("%s with %s", code, sections).isEqualTo(whole.only(sections));
            }
        }
        Occupation titleOnly = fixed.fetch(OccupationKey.parse("29-1141.00"), CALIFORNIA,
                EnumSet.of(Section.METADATA), Freshness.CACHED).require(OccupationKey.parse("29-1141.00"));
        assertThat(titleOnly.title()).isEqualTo("Registered Nurses");
        assertThat(titleOnly.soc().orElseThrow().title()).isEqualTo("Registered Nurses");
        assertThat(titleOnly.wages()).isEmpty();
        assertThat(titleOnly.skills()).isEmpty();
    }

    @Test
    void registered_nurses_have_national_and_california_wages_of_may_2024() {
        Occupation nurses = find("29-1141.00", CALIFORNIA);

        WageEstimate national = nurses.wages().orElseThrow().national(RateType.ANNUAL).orElseThrow();
        WageEstimate california = nurses.wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL).orElseThrow();
        assertThat(national.median()).isEqualTo(WageAmount.of(93_600));
        assertThat(california.median()).isEqualTo(WageAmount.of(140_330));
        assertThat(nurses.wages().orElseThrow().year()).hasValue(2024);
        assertThat(nurses.wages().orElseThrow().inherited()).isFalse();
    }

    @Test
    void registered_nurses_have_the_2024_34_national_projection_and_the_2022_32_state_round() {
        Occupation nurses = find("29-1141.00", CALIFORNIA);

        var national = nurses.projections().orElseThrow().national().orElseThrow();
        assertThat(national.round()).isEqualTo(new ProjectionRound(2024, 2034));
        assertThat(national.baseEmployment()).hasValue(3_391_000L);
        assertThat(national.projectedEmployment()).hasValue(3_557_100L);
        var state = nurses.projections().orElseThrow().forState(UsState.CALIFORNIA).orElseThrow();
        assertThat(state.round()).isEqualTo(new ProjectionRound(2022, 2032));
    }

    @Test
    void an_occupation_the_matrix_publishes_only_inside_an_aggregate_gets_the_aggregates_projection_labelled() {
        // occupation.xlsx Table 1.2 has no 13-1021; its line item 13-1020 "Buyers and purchasing agents":
        // 522.2 and 552.3 thousand in 2024 and 2034
        var buyers = find("13-1021.00", Location.NATIONAL).projections().orElseThrow();
        assertThat(buyers.matrixCode()).hasValue(SocCode.parse("13-1020"));
        assertThat(buyers.matrixTitle()).hasValue("Buyers and purchasing agents");
        assertThat(buyers.isAggregateOf(SocCode.parse("13-1021"))).isTrue();
        assertThat(buyers.national().orElseThrow().baseEmployment()).hasValue(522_200L);
        assertThat(buyers.national().orElseThrow().projectedEmployment()).hasValue(552_300L);
        // 21-1011 lies in the line item 21-1018 (483.5 thousand), not in the summary 21-1010 "Counselors" (1,098.6)
        var counselors = find("21-1011.00", Location.NATIONAL).projections().orElseThrow();
        assertThat(counselors.matrixCode()).hasValue(SocCode.parse("21-1018"));
        assertThat(counselors.national().orElseThrow().baseEmployment()).hasValue(483_500L);
        // an occupation with its own line item keeps it
        var nurses = find("29-1141.00", Location.NATIONAL).projections().orElseThrow();
        assertThat(nurses.matrixCode()).hasValue(SocCode.parse("29-1141"));
        assertThat(nurses.isAggregateOf(SocCode.parse("29-1141"))).isFalse();
    }

    @Test
    void chief_executives_75th_and_90th_percentiles_are_top_coded() {
        WageEstimate ceo = find("11-1011.00", Location.NATIONAL).wages().orElseThrow()
                .national(RateType.ANNUAL).orElseThrow();

        assertThat(ceo.p75().isTopCoded()).isTrue();
        assertThat(ceo.p90().lowerBound()).hasValue(239_200);
    }

    @Test
    void a_detailed_onet_occupation_inherits_its_soc_wages_and_says_so() {
        Occupation acuteCare = find("29-1141.01", Location.NATIONAL);

        assertThat(acuteCare.wages().orElseThrow().inherited()).isTrue();
        assertThat(acuteCare.wages().orElseThrow().national(RateType.ANNUAL).orElseThrow().median())
                .isEqualTo(WageAmount.of(93_600));
    }

    @Test
    void an_occupation_carries_every_onet_section_with_its_provenance() {
        Occupation nurses = find("29-1141.00", Location.NATIONAL);

        assertThat(nurses.skills()).hasSize(35).allMatch(Descriptor::isRated);
        assertThat(nurses.abilities()).hasSize(52);
        assertThat(nurses.knowledge()).hasSize(33);
        assertThat(nurses.tasks()).isNotEmpty();
        assertThat(nurses.workActivities()).isNotEmpty();
        assertThat(nurses.relatedOccupations()).isNotEmpty();
        assertThat(nurses.alternateTitles()).isNotEmpty();
        assertThat(nurses.interests()).hasSize(6);
        assertThat(nurses.toolsAndTechnology()).isNotEmpty();
        assertThat(nurses.education().orElseThrow().typicalEntryEducation().orElseThrow().title())
                .isEqualTo("Bachelor's degree");
        assertThat(nurses.education().orElseThrow().attainment()).hasSize(7);
        assertThat(nurses.provenance(Section.SKILLS).orElseThrow().vintage()).startsWith("30.1");
        assertThat(nurses.provenance(Section.WAGES).orElseThrow().vintage()).isEqualTo("May 2024");
    }

    @Test
    void ten_occupations_in_five_places_load_in_one_call() {
        List<OccupationCode> codes = List.of("15-1252.00", "15-1211.00", "15-2051.00", "29-1141.00", "29-2061.00",
                "11-1021.00", "47-2111.00", "35-2014.00", "53-3032.00", "25-2021.00").stream()
                .map(OccupationCode::parse).toList();
        List<Location> places = List.of(Location.NATIONAL, CALIFORNIA, new Location.State(UsState.TEXAS),
                new Location.State(UsState.NEW_YORK), new Location.State(UsState.FLORIDA));

        List<OccupationKey> keys = codes.stream().<OccupationKey>map(OccupationKey.Code::new).toList();

        Lookup found = store.fetch(keys, places, Freshness.CACHED);

        assertThat(found.occupations().keySet()).containsExactlyElementsOf(keys);
        assertThat(found.occupations().values()).extracting(Occupation::code).containsExactlyElementsOf(codes);
        assertThat(found.require(keys.get(3)).wages().orElseThrow().estimates())
                .extracting(e -> e.area().key()).contains("US", "CA", "TX", "NY", "FL");
        assertThat(found.require(keys.get(3)).retrieval().location()).as("the first place").isEqualTo(Location.NATIONAL);
    }

    @Test
    void codes_titles_and_soc_codes_are_fetched_together_and_the_misses_carry_suggestions() {
        List<OccupationKey> keys = List.of(OccupationKey.parse("Registered Nurses"), OccupationKey.parse("29-1141.99"),
                OccupationKey.parse("11-1011.00"), OccupationKey.parse("291141"), OccupationKey.parse("Registered Nurses"));

        Lookup found = store.fetch(keys, List.of(CALIFORNIA), Freshness.CACHED);

        assertThat(found.occupations().keySet()).extracting(OccupationKey::toString)
                .containsExactly("Registered Nurses", "11-1011.00");
        // OEWS May 2024 state file: California, 29-1141, A_MEDIAN 140,330
        assertThat(found.require(keys.get(0)).wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL).orElseThrow()
                .median()).isEqualTo(WageAmount.of(140_330));
        assertThat(found.misses()).extracting(Miss::kind).containsExactly(Miss.Kind.NOT_FOUND, Miss.Kind.TOO_BROAD);
        // O*NET 30.1: five occupations under SOC 29-1141, the first its SOC-level one
        assertThat(found.misses().get(0).suggestions()).extracting(s -> s.code().value())
                .contains("29-1141.00").doesNotContain("29-1141.99");
        assertThat(found.misses().get(1).suggestions()).extracting(s -> s.code().value())
                .containsExactly("29-1141.00", "29-1141.01", "29-1141.02", "29-1141.03", "29-1141.04");
        assertThat(found.misses().get(0).message()).startsWith("No occupation matches \"29-1141.99\" in ");
    }

    @Test
    void skill_vectors_cover_every_rated_occupation() {
        Map<OccupationCode, List<Descriptor>> vectors = store.descriptorVectors(DescriptorKind.SKILL);

        assertThat(vectors).hasSize(894);
        assertThat(vectors.get(OccupationCode.parse("29-1141.00"))).hasSize(35);
    }

    @Test
    void search_matches_titles_word_prefixes_alternate_titles_and_codes() {
        assertThat(store.search("registered nurses", 5)).first()
                .extracting(OccupationSummary::code).isEqualTo(OccupationCode.parse("29-1141.00"));
        assertThat(store.search("regis nur", 10)).extracting(s -> s.code().value()).contains("29-1141.00");
        assertThat(store.search("29-114", 10)).extracting(s -> s.code().value()).contains("29-1141.00");
        assertThat(store.search("2911", 50)).extracting(s -> s.code().value()).contains("29-1141.00");
        List<OccupationSummary> byAlternate = store.search("ceo", 10);
        assertThat(byAlternate).extracting(s -> s.code().value()).contains("11-1011.00");
        assertThat(byAlternate).filteredOn(s -> s.code().value().equals("11-1011.00"))
                .extracting(OccupationSummary::matchedTitle).first().isNotEqualTo(Optional.empty());
    }

    @Test
    void a_title_finds_its_occupation_and_the_store_describes_its_data() {
        OccupationKey title = new OccupationKey.Title("Registered Nurses");
        Occupation nurses = store.fetch(title, Location.NATIONAL, Freshness.CACHED).require(title);

        assertThat(nurses.code().value()).isEqualTo("29-1141.00");
        assertThat(store.describe()).contains("O*NET 30.1", "OEWS May 2024", "projections 2024–2034",
                "state projections 2022–2032");
    }
}
