package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsStateTest {
    /** The shared data folder, relative to the module directory (Surefire's working directory). */
    private static final Path DATA = Path.of("../../shared/data");

    @Test
    void there_are_fifty_states_dc_and_three_territories() {
        assertThat(UsState.values()).hasSize(54);
        assertThat(Arrays.stream(UsState.values()).map(UsState::postalCode)).contains("DC", "PR", "GU", "VI")
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(UsState.values()).map(UsState::fips)).doesNotHaveDuplicates()
                .allMatch(f -> f.matches("\\d{2}"));
    }

    @ParameterizedTest
    @CsvSource({"CA, 06, California", "TX, 48, Texas", "PR, 72, Puerto Rico", "GU, 66, Guam", "VI, 78, Virgin Islands",
        "DC, 11, District of Columbia", "AL, 01, Alabama", "WY, 56, Wyoming", "NY, 36, New York"})
    void official_fips_codes_and_names(String postal, String fips, String name) {
        UsState state = UsState.fromPostalCode(postal).orElseThrow();
        assertThat(state.fips()).isEqualTo(fips);
        assertThat(state.displayName()).isEqualTo(name);
        assertThat(UsState.fromFips(fips)).contains(state);
        assertThat(UsState.fromName(name)).contains(state);
    }

    @Test
    void lookups_ignore_case_white_space_and_the_leading_fips_zero() {
        assertThat(UsState.fromPostalCode(" ca ")).contains(UsState.CALIFORNIA);
        assertThat(UsState.fromFips("6")).contains(UsState.CALIFORNIA);
        assertThat(UsState.fromFips(" 06")).contains(UsState.CALIFORNIA);
        assertThat(UsState.fromName("new  york")).contains(UsState.NEW_YORK);
        assertThat(UsState.fromName("DISTRICT OF COLUMBIA")).contains(UsState.DISTRICT_OF_COLUMBIA);
    }

    @Test
    void find_takes_any_of_the_three_forms() {
        assertThat(UsState.find("tx")).contains(UsState.TEXAS);
        assertThat(UsState.find("48")).contains(UsState.TEXAS);
        assertThat(UsState.find("Texas")).contains(UsState.TEXAS);
        assertThat(UsState.find("Texarkana")).isEmpty();
    }

    @Test
    void unknown_codes_and_names_are_empty() {
        assertThat(UsState.fromPostalCode("ZZ")).isEmpty();
        assertThat(UsState.fromFips("99")).isEmpty();
        assertThat(UsState.fromFips("3")).isEmpty();
        assertThat(UsState.fromFips("006")).isEmpty();
        assertThat(UsState.fromName("Ontario")).isEmpty();
    }

    @Test
    void every_fips_code_and_name_matches_projections_central() throws IOException {
        // real response: "Area": "Alabama", ..., "STFIPS": "1" for 54 places plus the national row (STFIPS 0)
        Path file = DATA.resolve("projections-central/all-states-29-1141-2026-09-11.json");
        assumeTrue(Files.isReadable(file), "shared data not present: " + file);
        var matcher = Pattern.compile("\"Area\": \"([^\"]+)\"[^}]*?\"STFIPS\": \"(\\d+)\"")
                .matcher(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> nameByFips = new HashMap<>();
        while (matcher.find()) {
            if (!matcher.group(2).equals("0")) {
                nameByFips.put(matcher.group(2), matcher.group(1));
            }
        }
        assertThat(nameByFips).hasSize(54);
        nameByFips.forEach((fips, name) ->
                assertThat(UsState.fromFips(fips).map(UsState::displayName)).as("FIPS " + fips).contains(name));
    }

    @Test
    void every_postal_code_matches_the_oews_state_file() throws IOException {
        Path file = DATA.resolve("bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv");
        assumeTrue(Files.isReadable(file), "shared data not present: " + file);
        Set<String> postalCodes;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            postalCodes = lines.skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        }
        assertThat(postalCodes).hasSize(54).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(UsState.values()).map(UsState::postalCode).collect(Collectors.toSet()));
    }
}
