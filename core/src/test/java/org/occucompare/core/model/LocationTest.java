package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {
    private static final Location CALIFORNIA = new Location.State(UsState.CALIFORNIA);

    @ParameterizedTest
    @ValueSource(strings = {"US", "us", "USA", "0", "00", "national", "National", "United States", " united states "})
    void the_nation_has_many_names(String text) {
        assertThat(Location.parse(text)).isSameAs(Location.NATIONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CA", "ca", " Ca ", "06", "6", "California", "CALIFORNIA"})
    void a_state_by_postal_code_fips_code_or_name(String text) {
        assertThat(Location.parse(text)).isEqualTo(CALIFORNIA);
    }

    @Test
    void a_state_name_of_two_words_in_lower_case() {
        assertThat(Location.parse("new york")).isEqualTo(new Location.State(UsState.NEW_YORK));
    }

    @Test
    void a_city_with_its_state_postal_code() {
        assertThat(Location.parse("Chicago, IL")).isEqualTo(new Location.City("Chicago", UsState.ILLINOIS));
        assertThat(Location.parse(" Chicago ,il ")).isEqualTo(new Location.City("Chicago", UsState.ILLINOIS));
        assertThat(Location.parse("Washington, DC")).isEqualTo(new Location.City("Washington",
                UsState.DISTRICT_OF_COLUMBIA));
    }

    @ParameterizedTest
    @CsvSource({"60601, 60601", "60601-1234, 60601", "' 02134 ', 02134"})
    void a_zip_code_and_zip_plus_four_cut_to_five_digits(String text, String zip) {
        assertThat(Location.parse(text)).isEqualTo(new Location.ZipCode(zip));
    }

    @Test
    void a_bls_metropolitan_or_nonmetropolitan_area() {
        assertThat(Location.parse("area:35620")).isEqualTo(new Location.Area("35620"));
        assertThat(Location.parse("AREA:0600001")).isEqualTo(new Location.Area("0600001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA", "Chicago, IL", "60601", "area:35620", "area:0600001", "GU"})
    void the_key_is_canonical_and_round_trips(String key) {
        Location location = Location.parse(key);
        assertThat(location.key()).isEqualTo(key);
        assertThat(Location.parse(location.key())).isEqualTo(location);
    }

    @Test
    void keys_and_display_names_of_each_kind() {
        assertThat(Location.NATIONAL.displayName()).isEqualTo("United States");
        assertThat(Location.parse("6").key()).isEqualTo("CA");
        assertThat(CALIFORNIA.displayName()).isEqualTo("California");
        assertThat(Location.parse("60601-1234").key()).isEqualTo("60601");
        assertThat(Location.parse("Chicago, IL").displayName()).isEqualTo("Chicago, Illinois");
        assertThat(Location.parse("area:35620").displayName()).isEqualTo("BLS area 35620");
        assertThat(Location.parse("60601").displayName()).isEqualTo("ZIP 60601");
    }

    @Test
    void empty_input_lists_the_accepted_forms() {
        assertInvalidInput(() -> Location.parse("  "))
                .hasMessageContaining("The location is empty")
                .hasMessageContaining("US (or 0)")
                .hasMessageContaining("Chicago, IL")
                .hasMessageContaining("area:35620");
    }

    @Test
    void an_unknown_postal_code_is_named() {
        assertInvalidInput(() -> Location.parse("ZZ"))
                .hasMessageContaining("'ZZ' is not a state postal code")
                .hasMessageContaining("postal code (CA)");
    }

    @Test
    void an_unknown_fips_code_is_named() {
        assertInvalidInput(() -> Location.parse("99"))
                .hasMessageContaining("'99' is not the FIPS code of a state or territory");
    }

    @Test
    void a_city_needs_a_known_postal_code() {
        assertInvalidInput(() -> Location.parse("Chicago, ZZ"))
                .hasMessageContaining("'ZZ' in 'Chicago, ZZ' is not a state postal code")
                .hasMessageContaining("for example Chicago, IL");
    }

    @Test
    void a_city_with_a_state_name_is_told_the_postal_code() {
        assertInvalidInput(() -> Location.parse("Chicago, Illinois"))
                .hasMessageContaining("(Chicago, IL)");
    }

    @Test
    void a_comma_without_a_city_is_rejected() {
        assertInvalidInput(() -> Location.parse(", IL")).hasMessageContaining("No city before the comma");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc123", "Chicago", "606011", "6060", "Ontario"})
    void anything_else_is_an_unknown_location_listing_the_forms(String text) {
        assertInvalidInput(() -> Location.parse(text))
                .hasMessageContaining("Unknown location '" + text + "'")
                .hasMessageContaining("a ZIP code (60601)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"area:123", "area:12345678", "area:abcde", "area:"})
    void a_bad_area_code_names_the_area_form(String text) {
        assertInvalidInput(() -> Location.parse(text))
                .hasMessageContaining("is not a BLS OEWS area code")
                .hasMessageContaining("five to seven digits");
    }

    @Test
    void constructors_validate_too() {
        assertInvalidInput(() -> new Location.ZipCode("6060")).hasMessageContaining("use five digits");
        assertInvalidInput(() -> new Location.City(" ", UsState.ILLINOIS)).hasMessageContaining("city is blank");
        assertInvalidInput(() -> new Location.City("Chicago, IL", UsState.ILLINOIS))
                .hasMessageContaining("contains a comma");
        assertThat(new Location.City(" Chicago ", UsState.ILLINOIS).city()).isEqualTo("Chicago");
    }

    @Test
    void a_state_a_city_and_a_zip_code_know_their_state_and_the_other_places_know_none() {
        assertThat(Location.parse("06").usState()).contains(UsState.CALIFORNIA);
        assertThat(Location.parse("Chicago, IL").usState()).contains(UsState.ILLINOIS);
        assertThat(Location.parse("US").usState()).isEmpty();
        // USPS prefixes: 606 is Illinois, 834 Idaho, but 83414 (Alta, WY) is an exception; 090 is military (AE)
        assertThat(Location.parse("60601").usState()).contains(UsState.ILLINOIS);
        assertThat(Location.parse("83401").usState()).contains(UsState.IDAHO);
        assertThat(Location.parse("83414").usState()).contains(UsState.WYOMING);
        assertThat(Location.parse("20500").usState()).contains(UsState.DISTRICT_OF_COLUMBIA);
        assertThat(Location.parse("00901").usState()).contains(UsState.PUERTO_RICO);
        assertThat(Location.parse("09001").usState()).isEmpty();
        assertThat(Location.parse("area:35620").usState()).as("the New York metro spans three states").isEmpty();
    }
}
