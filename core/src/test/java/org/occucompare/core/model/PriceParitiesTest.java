package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.PriceParities.PriceParity;

/** BEA's price parities, as published: the metro files' figures and the state figures of BEA's release text. */
class PriceParitiesTest {
    /** The OEWS metro re-encoding in the shared data, relative to the module directory. */
    private static final Path METROS = Path.of("../../shared/data/bls-oews-msa-2025-json/metros");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{5})\"");
    private static final Pattern RPP = Pattern.compile("\"rpp\"\\s*:\\s*([0-9.]+)");
    private static final Pattern YEAR = Pattern.compile("\"rppYear\"\\s*:\\s*\"?(\\d{4})");

    private final PriceParities parities = PriceParities.bundled();

    @Test
    void the_state_table_holds_the_figures_beas_release_text_states_and_no_others() {
        // BEA, December 12, 2024, 2023 parities: highest California 112.6, lowest Arkansas 86.5; seven in all
        assertThat(parities.states().size()).isEqualTo(7);
        assertThat(parities.ofState(UsState.CALIFORNIA)).map(PriceParity::value).hasValue(112.6);
        assertThat(parities.ofState(UsState.ARKANSAS)).map(PriceParity::year).hasValue(2023);
        assertThat(parities.ofState(UsState.DISTRICT_OF_COLUMBIA)).map(PriceParity::value).hasValue(110.8);
        assertThat(parities.ofState(UsState.TEXAS)).isEmpty(); // no figure at hand, so none rather than a rounded one
        assertThat(parities.ofState(UsState.PUERTO_RICO)).isEmpty(); // BEA publishes none
    }

    @Test
    void the_metro_table_holds_every_parity_the_metro_files_carry() throws IOException {
        assumeTrue(Files.isDirectory(METROS), "shared data not present: " + METROS);
        List<Path> files;
        try (Stream<Path> listing = Files.list(METROS)) {
            files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int withParity = 0;
        for (Path file : files) {
            String json = Files.readString(file);
            Matcher code = CODE.matcher(json);
            Matcher rpp = RPP.matcher(json);
            assertThat(code.find()).as(file.toString()).isTrue();
            if (!rpp.find()) {
                assertThat(parities.ofArea(code.group(1))).as(code.group(1)).isEmpty();
                continue;
            }
            Matcher year = YEAR.matcher(json);
            assertThat(year.find()).isTrue();
            withParity++;
            assertThat(parities.ofArea(code.group(1))).as(code.group(1)).hasValue(new PriceParity(
                    Double.parseDouble(rpp.group(1)), Integer.parseInt(year.group(1)),
                    "BEA, Regional Price Parities by metropolitan area"));
        }
        assertThat(withParity).isEqualTo(parities.areas().size()).isEqualTo(199);
    }

    @Test
    void a_wage_is_divided_by_the_parity_over_100() {
        PriceParity chicago = parities.ofArea("16980").orElseThrow();
        assertThat(chicago.value()).isEqualTo(103.595);
        assertThat(chicago.year()).isEqualTo(2024);
        // OEWS May 2025: Registered Nurses in the Chicago metro area, 100,490 / 1.03595 = 97,002.75
        assertThat(chicago.adjust(100_490)).isCloseTo(97_002.751, within(0.001));
        assertThat(parities.ofArea("0100001")).isEmpty(); // a nonmetropolitan area: BEA publishes none
        assertThatThrownBy(() -> new PriceParity(0, 2024, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
