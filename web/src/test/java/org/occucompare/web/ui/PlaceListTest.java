package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Params#places}: a comma-separated list of places whose cities and areas hold a comma themselves. */
class PlaceListTest {
    @Test
    void a_city_and_an_area_name_keep_their_comma_and_codes_stand_alone() {
        assertThat(Params.places("US,Chicago, IL,CA")).containsExactly("US", "Chicago, IL", "CA");
        assertThat(Params.places("Washington, DC,TX")).containsExactly("Washington, DC", "TX");
        assertThat(Params.places("Chicago-Naperville-Elgin, IL-IN,16980,60601,area:1700004"))
                .containsExactly("Chicago-Naperville-Elgin, IL-IN", "16980", "60601", "area:1700004");
        assertThat(Params.places("CA,TX,06")).containsExactly("CA", "TX", "06");
        assertThat(Params.places(null)).isEmpty();
    }
}
