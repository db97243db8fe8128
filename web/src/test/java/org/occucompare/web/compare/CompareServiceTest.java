package org.occucompare.web.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.SourceKind;

/** CompareService over the bundled sample; expected figures are from the official OEWS May 2024 files. */
class CompareServiceTest {
    private final CompareService service = SampleComparisons.service();

    private static double annualMedian(Occupation o, Location place) {
        return o.wages().orElseThrow().find(place, RateType.ANNUAL).orElseThrow().median().value().getAsDouble();
    }

    @Test
    void compares_two_occupations_in_the_nation_and_a_state_with_the_published_medians() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "29-2061.00"), "US", "CA");

        Occupation nurses = c.occupations().get(0);
        assertThat(nurses.title()).isEqualTo("Registered Nurses");
        // OEWS May 2024 national file: 29-1141 A_MEDIAN 93,600; state file: CA 29-1141 A_MEDIAN 140,330
        assertThat(annualMedian(nurses, Location.NATIONAL)).isEqualTo(93_600.0);
        assertThat(annualMedian(nurses, Location.parse("CA"))).isEqualTo(140_330.0);
        // state file: CA 29-2061 A_MEDIAN 77,170
        assertThat(annualMedian(c.occupations().get(1), Location.parse("CA"))).isEqualTo(77_170.0);
        assertThat(c.report().reference().value()).isEqualTo("29-1141.00");
        assertThat(c.report().locations()).extracting(Location::key).containsExactly("US", "CA");
        assertThat(c.unknown()).isEmpty();
    }

    @Test
    void names_the_sources_with_their_vintages() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "29-2061.00"), "US");

        assertThat(c.sources()).extracting(SourceVintage::kind).contains(SourceKind.ONET, SourceKind.OEWS);
        assertThat(c.sourcesLine()).contains("May 2024").contains("30.1");
        assertThat(c.citationText()).contains("CC BY 4.0");
    }

    @Test
    void accepts_an_exact_title_and_a_reference_that_it_puts_first() {
        Comparison c = service.compare(CompareQuery.parse(List.of("Registered Nurses"), List.of("US"),
                Optional.of("29-2061.00"), List.of()));

        assertThat(c.occupations()).extracting(o -> o.code().value()).containsExactly("29-2061.00", "29-1141.00");
        assertThat(c.report().reference().value()).isEqualTo("29-2061.00");
    }

    @Test
    void an_unknown_code_is_reported_with_suggestions_and_the_rest_compared() {
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "29-2061.00", "29-1141.99"), "US");

        assertThat(c.occupations()).hasSize(2);
        assertThat(c.unknown()).singleElement().satisfies(u -> {
            assertThat(u.input()).isEqualTo("29-1141.99");
            assertThat(u.suggestions()).extracting(s -> s.code().value()).contains("29-1141.00");
            assertThat(u.message()).contains("29-1141.99", "Did you mean", "Registered Nurses");
        });
    }

    @Test
    void nothing_known_is_not_found() {
        assertThatThrownBy(() -> SampleComparisons.compare(List.of("99-9999.01", "99-9999.02"), "US"))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND))
                .hasMessageContaining("99-9999.01");
    }

    @Test
    void one_occupation_needs_two_places() {
        assertThatThrownBy(() -> SampleComparisons.compare(List.of("29-1141.00"), "US"))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("add a second place");

        Comparison acrossPlaces = SampleComparisons.compare(List.of("29-1141.00"), "US", "CA", "TX");
        assertThat(acrossPlaces.report().locations()).hasSize(3);

        // a city is a place ladder of its own: its metro area, its state and the nation
        Comparison inChicago = SampleComparisons.compare(List.of("29-1141.00"), "Chicago, IL");
        assertThat(inChicago.report().locations()).extracting(Location::key).containsExactly("area:16980", "IL",
                "US");
    }

    @Test
    void too_many_occupations_or_places_or_a_repeated_place_are_invalid_input() {
        List<String> eleven = List.of("11-1011.00", "11-1021.00", "11-3031.00", "11-9111.00", "13-1111.00",
                "13-2011.00", "15-1211.00", "15-1212.00", "15-1252.00", "15-2051.00", "17-2051.00");
        assertThatThrownBy(() -> SampleComparisons.compare(eleven, "US")).hasMessageContaining("not 11");
        assertThatThrownBy(() -> SampleComparisons.compare(List.of("29-1141.00", "29-2061.00"),
                "US", "CA", "TX", "NY", "FL", "WA")).hasMessageContaining("not 6");
        assertThatThrownBy(() -> SampleComparisons.compare(List.of("29-1141.00", "29-2061.00"), "CA", "California"))
                .hasMessageContaining("given twice");
    }

    @Test
    void a_bare_soc_code_is_answered_with_the_o_net_codes_to_use() {
        assertThatThrownBy(() -> SampleComparisons.compare(List.of("29-1141", "29-2061.00"), "US"))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("29-1141.00");
    }

    @Test
    void metrics_can_be_narrowed_by_id_and_an_unknown_id_lists_the_known_ones() {
        String someId = SampleComparisons.analysis().registry().metrics().get(0).descriptor().id();
        Comparison c = service.compare(CompareQuery.parse(List.of("29-1141.00", "29-2061.00"), List.of("US"),
                Optional.empty(), List.of(someId)));

        assertThat(c.report().metrics()).extracting(m -> m.descriptor().id()).containsExactly(someId);
        assertThatThrownBy(() -> service.compare(CompareQuery.parse(List.of("29-1141.00", "29-2061.00"),
                List.of("US"), Optional.empty(), List.of("no-such-metric"))))
                .hasMessageContaining("no-such-metric").hasMessageContaining(someId);
    }
}
