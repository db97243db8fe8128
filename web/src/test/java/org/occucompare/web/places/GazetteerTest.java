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
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(AUSTIN, CHICAGO, NASHVILLE, WINSTON_SALEM,
            ST_LOUIS, SOUTH_ILLINOIS));

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
    void a_city_no_title_names_is_its_state_and_says_why() {
        ResolvedPlace springfield = GAZETTEER.resolve("Springfield, IL");

        assertThat(springfield.place()).isEqualTo(new Location.State(UsState.ILLINOIS));
        assertThat(springfield.how()).contains("Illinois").contains("no metro area's title names Springfield");
        assertThat(springfield.ladder()).containsExactly(new Location.State(UsState.ILLINOIS), Location.NATIONAL);
        // Chicago's title lists IL and IN, not TX
        assertThat(GAZETTEER.resolve("Chicago, TX").place()).isEqualTo(new Location.State(UsState.TEXAS));
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
    void a_zip_code_is_its_state_by_its_prefix_and_zip_colon_forces_a_zip_reading() {
        ResolvedPlace loop = GAZETTEER.resolve("60601");
        assertThat(loop.place()).isEqualTo(new Location.State(UsState.ILLINOIS));
        assertThat(loop.request()).isEqualTo(new Location.ZipCode("60601"));
        assertThat(loop.how()).isEqualTo("ZIP 60601 → Illinois (by its USPS three-digit prefix 606)");
        // 16980 is a metro's code; as a ZIP code it is in Pennsylvania (prefix 169)
        assertThat(GAZETTEER.resolve("zip:16980").place()).isEqualTo(new Location.State(UsState.PENNSYLVANIA));
        // Alta, WY lies in an Idaho prefix: the exception wins
        assertThat(GAZETTEER.resolve("83414").place()).isEqualTo(new Location.State(UsState.WYOMING));
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
