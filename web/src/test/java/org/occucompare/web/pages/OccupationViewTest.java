package org.occucompare.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.ui.Frame;

class OccupationViewTest {
    private static OccupationView view(Occupation occupation) {
        return new OccupationView(new Frame("t", "v", "d", List.of()), occupation, Location.NATIONAL, List.of(),
                Optional.empty());
    }

    @Test
    void projections_of_an_aggregate_are_labelled_with_its_matrix_code_and_title() {
        // as the matrix publishes 13-1021 only inside 13-1020 "Buyers and purchasing agents"
        Occupation inAggregate = Fixtures.registeredNursesProjectedAs("29-1140", "Nurses, all kinds");
        Occupation alone = Fixtures.registeredNursesProjectedAs("29-1141", "Registered nurses");

        assertThat(view(inAggregate).projectionAggregate()).hasValue("29-1140 Nurses, all kinds");
        assertThat(view(alone).projectionAggregate()).isEmpty();
        assertThat(view(Fixtures.registeredNurses()).projectionAggregate()).isEmpty();
    }
}
