package org.occucompare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Interest;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;

/** Checks every fixture figure against the official files when the shared data folder is present. */
class FixturesTest {
    private static final Path DATA = Path.of("../../shared/data");
    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private static final Location TX = new Location.State(UsState.TEXAS);

    private static String read(String relative) throws IOException {
        Path file = DATA.resolve(relative);
        assumeTrue(Files.isReadable(file), "shared data not present: " + file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The cells of the state CSV row for a state and SOC code; numbers keep their thousands separators. */
    private static List<String> stateRow(String csv, String state, String soc) {
        String line = csv.lines().filter(l -> l.startsWith(state + "," + soc + ",")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|([^,]*)").matcher(line);
        int at = 0;
        while (at <= line.length() && m.find(at)) {
            cells.add(m.group(1) != null ? m.group(1) : m.group(2));
            at = m.end() + 1;
        }
        return cells; // PRIM_STATE, OCC_CODE, OCC_TITLE, TOT_EMP, A_MEAN, A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90
    }

    private static void assertMatchesStateFile(Occupation o, Location area, List<String> row) {
        WageEstimate e = o.wages().orElseThrow().find(area, RateType.ANNUAL).orElseThrow();
        assertThat(e.employment()).isEqualTo(OptionalLong.of(Long.parseLong(row.get(3).replace(",", ""))));
        List<WageAmount> amounts = List.of(e.mean(), e.p10(), e.p25(), e.median(), e.p75(), e.p90());
        for (int i = 0; i < amounts.size(); i++) {
            assertThat(amounts.get(i)).as(row.get(2) + " " + area.key() + " column " + (4 + i))
                    .isEqualTo(WageAmount.parse(row.get(4 + i), RateType.ANNUAL));
        }
    }

    @Test
    void state_wages_match_the_oews_may_2024_state_file() throws IOException {
        String csv = read("bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv");
        assertMatchesStateFile(Fixtures.registeredNurses(), CA, stateRow(csv, "CA", "29-1141"));
        assertMatchesStateFile(Fixtures.registeredNurses(), TX, stateRow(csv, "TX", "29-1141"));
        assertMatchesStateFile(Fixtures.acuteCareNurses(), CA, stateRow(csv, "CA", "29-1141"));
        assertMatchesStateFile(Fixtures.chiefExecutives(), CA, stateRow(csv, "CA", "11-1011"));
    }

    @Test
    void national_annual_wages_match_the_oews_may_2024_national_figures() throws IOException {
        // re-encoded national_M2024: top-coded (#) values are absent keys, e.g. Chief Executives p75 and p90
        String json = read("bls-oews-state-json/may2024/national.json");
        for (Occupation o : List.of(Fixtures.registeredNurses(), Fixtures.chiefExecutives())) {
            Matcher m = Pattern.compile("\"" + o.code().soc() + "\":\\{([^}]*)}").matcher(json);
            assertThat(m.find()).isTrue();
            String fields = m.group(1);
            WageEstimate e = o.wages().orElseThrow().national(RateType.ANNUAL).orElseThrow();
            assertThat(e.employment()).isEqualTo(OptionalLong.of((long) field(fields, "emp").orElseThrow()));
            assertThat(e.mean().value()).isEqualTo(field(fields, "avg"));
            assertThat(e.p10().value()).isEqualTo(field(fields, "p10"));
            assertThat(e.p25().value()).isEqualTo(field(fields, "p25"));
            assertThat(e.median().value()).isEqualTo(field(fields, "med"));
            assertThat(e.p75().value()).isEqualTo(field(fields, "p75"));
            assertThat(e.p90().value()).isEqualTo(field(fields, "p90"));
            assertThat(e.p90().isTopCoded()).isEqualTo(field(fields, "p90").isEmpty());
        }
    }

    private static OptionalDouble field(String fields, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([0-9.]+)").matcher(fields);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    @Test
    void registered_nurses_projections_match_projections_central() throws IOException {
        String json = read("projections-central/all-states-29-1141-2026-09-11.json");
        var projections = Fixtures.registeredNurses().projections().orElseThrow();
        assertMatchesProjection(json, "0", projections.national().orElseThrow());
        assertMatchesProjection(json, "6", projections.forState(UsState.CALIFORNIA).orElseThrow());
        assertMatchesProjection(json, "48", projections.forState(UsState.TEXAS).orElseThrow());
    }

    private static void assertMatchesProjection(String json, String fips, ProjectionRow row) {
        Matcher m = Pattern.compile("\\{[^}]*\"STFIPS\": \"" + fips + "\"[^}]*}").matcher(json);
        assertThat(m.find()).isTrue();
        String r = m.group();
        assertThat(row.baseEmployment()).isEqualTo(OptionalLong.of(Long.parseLong(text(r, "Base"))));
        assertThat(row.projectedEmployment()).isEqualTo(OptionalLong.of(Long.parseLong(text(r, "Projected"))));
        assertThat(row.change()).isEqualTo(OptionalLong.of(Long.parseLong(text(r, "Change"))));
        assertThat(row.percentChange()).isEqualTo(OptionalDouble.of(Double.parseDouble(text(r, "PercentChange"))));
        assertThat(row.annualOpenings()).isEqualTo(OptionalLong.of(Long.parseLong(text(r, "AvgAnnualOpenings"))));
        assertThat(row.round().baseYear()).isEqualTo(Integer.parseInt(text(r, "BaseYear")));
        assertThat(row.round().projectedYear()).isEqualTo(Integer.parseInt(text(r, "ProjYear")));
    }

    private static String text(String row, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(row);
        assertThat(m.find()).as(key).isTrue();
        return m.group(1);
    }

    @Test
    void titles_descriptions_interests_and_job_zones_match_onet_30_1() throws IOException {
        String occupations = read("onet-30.1/Occupation Data.txt");
        String interests = read("onet-30.1/Interests.txt");
        String jobZones = read("onet-30.1/Job Zones.txt");
        for (Occupation o : List.of(Fixtures.registeredNurses(), Fixtures.acuteCareNurses(),
                Fixtures.chiefExecutives())) {
            assertThat(occupations.lines()).contains(o.code() + "\t" + o.title() + "\t" + o.description());
            for (Interest i : o.interests()) {
                String line = o.code() + "\t" + i.type().elementId() + "\t" + i.name() + "\tOI\t"
                        + String.format(Locale.ROOT, "%.2f", i.score().orElseThrow()) + "\t";
                assertThat(interests.lines().anyMatch(l -> l.startsWith(line))).as(line).isTrue();
            }
            int zone = o.education().orElseThrow().jobZone().orElseThrow();
            assertThat(jobZones.lines().anyMatch(l -> l.startsWith(o.code() + "\t" + zone + "\t"))).isTrue();
        }
    }

    @Test
    void the_detailed_occupation_inherits_its_soc_wages() {
        Occupation acute = Fixtures.acuteCareNurses();
        Occupation nurses = Fixtures.registeredNurses();
        assertThat(acute.code().isSocLevel()).isFalse();
        assertThat(acute.wages().orElseThrow().inherited()).isTrue();
        assertThat(nurses.wages().orElseThrow().inherited()).isFalse();
        assertThat(acute.wages().orElseThrow().wageOccupation()).isEqualTo(nurses.soc());
        assertThat(acute.wages().orElseThrow().estimates()).isEqualTo(nurses.wages().orElseThrow().estimates());
    }

    @Test
    void chief_executives_are_top_coded_at_the_75th_and_90th_percentiles() {
        WageEstimate hourly = Fixtures.chiefExecutives().wages().orElseThrow().national(RateType.HOURLY).orElseThrow();
        assertThat(hourly.p75()).isEqualTo(WageAmount.topCoded(115.00));
        assertThat(hourly.p90().lowerBound()).isEqualTo(OptionalDouble.of(115.00));
        assertThat(hourly.median().value()).isEqualTo(OptionalDouble.of(99.24));
        assertThat(Fixtures.chiefExecutives().provenance(Section.WAGES))
                .map(p -> p.vintage()).isEqualTo(Optional.of("May 2024"));
    }
}
