package org.occucompare.web.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.UsState;

class GazetteerTest {
    private static final OewsArea CHICAGO = new OewsArea("16980", "Chicago-Naperville-Elgin, IL-IN",
            List.of(UsState.ILLINOIS, UsState.INDIANA), true);
    private static final OewsArea AUSTIN = new OewsArea("12420", "Austin-Round Rock-San Marcos, TX",
            List.of(UsState.TEXAS), true);
    private static final OewsArea NASHVILLE = new OewsArea("34980", "Nashville-Davidson--Murfreesboro--Franklin, TN",
            List.of(UsState.TENNESSEE), true);
    private static final OewsArea WINSTON_SALEM = new OewsArea("49180", "Winston-Salem, NC",
            List.of(UsState.NORTH_CAROLINA), true);
    private static final OewsArea ST_LOUIS = new OewsArea("41180", "St. Louis, MO-IL",
            List.of(UsState.MISSOURI, UsState.ILLINOIS), true);
    private static final OewsArea SOUTH_ILLINOIS = new OewsArea("1700004", "South Illinois nonmetropolitan area",
            List.of(UsState.ILLINOIS), false);
    private static final OewsArea SAN_JOSE = new OewsArea("41940", "San Jose-Sunnyvale-Santa Clara, CA",
            List.of(UsState.CALIFORNIA), true);
    private static final OewsArea SAN_FRANCISCO = new OewsArea("41860", "San Francisco-Oakland-Fremont, CA",
            List.of(UsState.CALIFORNIA), true);
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(AUSTIN, CHICAGO, NASHVILLE, WINSTON_SALEM,
            ST_LOUIS, SOUTH_ILLINOIS, SAN_JOSE, SAN_FRANCISCO));

    @Test
    void a_city_named_in_a_metro_title_is_that_metro_and_says_so() {
        ResolvedPlace chicago = GAZETTEER.resolve("Chicago, IL");

        assertThat(chicago.place()).isEqualTo(new Location.Area("16980"));
        assertThat(chicago.request()).isEqualTo(new Location.City("Chicago", UsState.ILLINOIS));
        assertThat(chicago.how()).isEqualTo("Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area (a city named"
                + " in its title)");
        assertThat(chicago.ladder()).containsExactly(new Location.Area("16980"), new Location.State(UsState.ILLINOIS),
                Location.NATIONAL);
        assertThat(GAZETTEER.resolve("naperville, in").place()).isEqualTo(new Location.Area("16980"));
        assertThat(GAZETTEER.resolve("Round Rock, TX").place()).isEqualTo(new Location.Area("12420"));
    }

    @Test
    void title_cities_keep_hyphenated_names_whole_and_saint_matches_st() {
        assertThat(Gazetteer.titleCities(NASHVILLE.name())).startsWith("Nashville", "Davidson")
                .contains("Nashville-Davidson", "Murfreesboro", "Franklin");
        assertThat(GAZETTEER.resolve("Winston-Salem, NC").place()).isEqualTo(new Location.Area("49180"));
        assertThat(GAZETTEER.resolve("Saint Louis, MO").place()).isEqualTo(new Location.Area("41180"));
        assertThat(GAZETTEER.resolve("St Louis, IL").place()).isEqualTo(new Location.Area("41180"));
    }

    @Test
    void a_city_whose_area_is_missing_or_that_geonames_does_not_know_is_its_state_and_says_why() {
        ResolvedPlace springfield = GAZETTEER.resolve("Springfield, IL");

        assertThat(springfield.place()).isEqualTo(new Location.State(UsState.ILLINOIS));
        assertThat(springfield.how()).isEqualTo("Springfield, IL → Sangamon County, IL → Illinois (no metro area's"
                + " title names Springfield; its OEWS area 44100 is not in this dataset's list of areas, so the"
                + " state's wages answer)");
        assertThat(springfield.ladder()).containsExactly(new Location.State(UsState.ILLINOIS), Location.NATIONAL);
        // Chicago's title lists IL and IN, not TX, and GeoNames has no Chicago in Texas
        ResolvedPlace chicagoTexas = GAZETTEER.resolve("Chicago, TX");
        assertThat(chicagoTexas.place()).isEqualTo(new Location.State(UsState.TEXAS));
        assertThat(chicagoTexas.how()).isEqualTo("Chicago, TX → Texas (no metro area's title names Chicago and"
                + " GeoNames lists no ZIP code of that name in Texas, so the state's wages answer)");
        // with its metro in the dataset, Springfield is that metro (its title names it)
        assertThat(new Gazetteer(List.of(new OewsArea("44100", "Springfield, IL", List.of(UsState.ILLINOIS), true)))
                .resolve("Springfield, IL").place()).isEqualTo(new Location.Area("44100"));
    }

    @Test
    void area_codes_and_names_are_areas_and_a_metro_is_asked_for_as_its_first_city() {
        ResolvedPlace byCode = GAZETTEER.resolve("16980");
        assertThat(byCode.place()).isEqualTo(new Location.Area("16980"));
        assertThat(byCode.how()).contains("zip:16980");
        assertThat(GAZETTEER.resolve("area:12420").request()).isEqualTo(new Location.City("Austin", UsState.TEXAS));
        assertThat(GAZETTEER.resolve("chicago-naperville-elgin, il-in").place())
                .isEqualTo(new Location.Area("16980"));
        ResolvedPlace nonmetro = GAZETTEER.resolve("1700004");
        assertThat(nonmetro.place()).isEqualTo(new Location.Area("1700004"));
        assertThat(nonmetro.request()).isEqualTo(new Location.Area("1700004"));
        assertThat(nonmetro.ladder()).containsExactly(new Location.Area("1700004"),
                new Location.State(UsState.ILLINOIS), Location.NATIONAL);
    }

    @Test
    void a_zip_code_is_its_county_s_area_by_geonames_and_the_oews_area_definitions() {
        // GeoNames: 60601 Chicago, Cook (031); Geography.csv: Cook County in 16980
        ResolvedPlace loop = GAZETTEER.resolve("60601");
        assertThat(loop.place()).isEqualTo(new Location.Area("16980"));
        assertThat(loop.request()).isEqualTo(new Location.ZipCode("60601"));
        assertThat(loop.how()).isEqualTo("ZIP 60601 → Cook County, IL → Chicago-Naperville-Elgin, IL-IN metro area"
                + " (county by GeoNames; area by the OEWS area definitions)");
        assertThat(loop.ladder()).containsExactly(new Location.Area("16980"), new Location.State(UsState.ILLINOIS),
                Location.NATIONAL);
        // 46320 Hammond, Lake County, IN lies in Chicago's area too: its state beside it is Indiana
        assertThat(GAZETTEER.resolve("46320").ladder()).containsExactly(new Location.Area("16980"),
                new Location.State(UsState.INDIANA), Location.NATIONAL);
    }

    @Test
    void a_zip_code_whose_area_is_missing_is_its_state_by_its_prefix_and_says_why() {
        // 62701 Springfield, Sangamon County, IL: Springfield, IL (44100) is not in this gazetteer
        ResolvedPlace springfield = GAZETTEER.resolve("62701");
        assertThat(springfield.place()).isEqualTo(new Location.State(UsState.ILLINOIS));
        assertThat(springfield.how()).isEqualTo("ZIP 62701 → Sangamon County, IL → Illinois (by its USPS three-digit"
                + " prefix 627; its OEWS area 44100 is not in this dataset's list of areas, so the state's wages"
                + " answer)");
        // 38655 Oxford, Lafayette County, MS: its May 2023 area was redrawn in 2023, so the table gives it none
        assertThat(GAZETTEER.resolve("38655").how()).contains("Lafayette County, MS → Mississippi")
                .contains("gives this county no OEWS area");
        // 16980 is a metro's code; as a ZIP code (which GeoNames does not list) it is in Pennsylvania (prefix 169)
        assertThat(GAZETTEER.resolve("zip:16980").place()).isEqualTo(new Location.State(UsState.PENNSYLVANIA));
        assertThat(GAZETTEER.resolve("zip:16980").how()).isEqualTo("ZIP 16980 → Pennsylvania (by its USPS"
                + " three-digit prefix 169; GeoNames gives no county for it)");
        // Alta, WY lies in an Idaho prefix: the exception wins (Teton County, WY's nonmetro area is not here)
        assertThat(GAZETTEER.resolve("83414").place()).isEqualTo(new Location.State(UsState.WYOMING));
        assertThat(Gazetteer.EMPTY.resolve("60601").place()).isEqualTo(new Location.State(UsState.ILLINOIS));
    }

    @Test
    void a_city_no_title_names_is_the_area_most_of_its_zip_codes_lie_in() {
        // GeoNames: Evanston, IL has six ZIP codes, all in Cook County
        ResolvedPlace evanston = GAZETTEER.resolve("Evanston, IL");
        assertThat(evanston.place()).isEqualTo(new Location.Area("16980"));
        assertThat(evanston.request()).isEqualTo(new Location.City("Evanston", UsState.ILLINOIS));
        assertThat(evanston.how()).isEqualTo("Evanston, IL → Cook County, IL → Chicago-Naperville-Elgin, IL-IN metro"
                + " area (county of its ZIP codes by GeoNames; area by the OEWS area definitions)");
        // Palo Alto, CA: five ZIP codes in Santa Clara County (San Jose), one in San Mateo County (San Francisco)
        ResolvedPlace paloAlto = GAZETTEER.resolve("Palo Alto, CA");
        assertThat(paloAlto.place()).isEqualTo(new Location.Area("41940"));
        assertThat(paloAlto.how()).startsWith("Palo Alto, CA → Santa Clara County, CA → San Jose")
                .endsWith("; its ZIP codes lie in several areas, 5 of 6 in this one)");
        // a title city keeps priority over GeoNames' counties
        assertThat(GAZETTEER.resolve("Round Rock, TX").how()).endsWith("(a city named in its title)");
    }

    @Test
    void a_military_zip_code_is_refused_with_what_to_give_instead() {
        assertThatThrownBy(() -> GAZETTEER.resolve("09001")).isInstanceOf(OccupationException.class)
                .hasMessageContaining("give a state, a city or another ZIP code");
    }

    @Test
    void states_and_the_nation_are_themselves_and_an_empty_gazetteer_sends_cities_to_their_state() {
        assertThat(GAZETTEER.resolve("CA").ladder()).containsExactly(new Location.State(UsState.CALIFORNIA),
                Location.NATIONAL);
        assertThat(GAZETTEER.resolve("US").ladder()).containsExactly(Location.NATIONAL);
        assertThat(GAZETTEER.resolve("US").isAsTyped()).isTrue();
        assertThat(Gazetteer.EMPTY.resolve("Chicago, IL").place()).isEqualTo(new Location.State(UsState.ILLINOIS));
    }
}
