package org.occucompare.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.UsState;

class MetricResultTest {
    private static final OccupationCode RN = new OccupationCode("29-1141.00");
    private static final Location CA = new Location.State(UsState.CALIFORNIA);

    @Test
    void two_values_for_one_cell_are_refused() {
        assertThatThrownBy(() -> MetricResult.of(List.of(MetricValue.of(RN, CA, 1), MetricValue.of(RN, CA, 2))))
                .isInstanceOf(OccupationException.class).hasMessageContaining("two values for 29-1141.00 in CA");
    }

    @Test
    void of_each_cell_gives_one_cell_per_occupation_and_place_in_input_order() {
        var input = new MetricInput(List.of(Fixtures.registeredNurses(), Fixtures.chiefExecutives()),
                List.of(Location.NATIONAL, CA));

        MetricResult r = MetricResult.ofEachCell(input,
                (o, place) -> MetricValue.of(o.code(), place, o.title().length()), List.of("lengths"));

        // 2 occupations x 2 places = 4 cells; "Registered Nurses" has 17 characters
        assertThat(r.values()).hasSize(4);
        assertThat(r.values().get(1).code()).isEqualTo(RN);
        assertThat(r.values().get(1).location()).hasValue(CA);
        assertThat(r.find(RN, Optional.of(CA)).orElseThrow().value()).hasValue(17);
        assertThat(r.notes()).containsExactly("lengths");
    }

    @Test
    void a_place_independent_value_and_a_place_value_are_different_cells() {
        MetricResult r = MetricResult.of(List.of(MetricValue.of(RN, 4), MetricValue.of(RN, CA, 2)), List.of("note"));
        assertThat(r.find(RN, Optional.empty()).orElseThrow().value()).hasValue(4);
        assertThat(r.find(RN, Optional.of(CA)).orElseThrow().value()).hasValue(2);
        assertThat(r.find(RN, Optional.of(Location.NATIONAL))).isEmpty();
        assertThat(r.notes()).containsExactly("note");
    }

    @Test
    void descriptor_ids_follow_the_pattern() {
        assertThat(MetricDescriptor.isValidId("wage-spread-90-10")).isTrue();
        assertThat(MetricDescriptor.isValidId("Wage")).isFalse();
        assertThat(MetricDescriptor.isValidId("9lives")).isFalse();
        assertThat(MetricDescriptor.isValidId("")).isFalse();
        assertThat(MetricDescriptor.isValidId("a".repeat(65))).isFalse();
        assertThatThrownBy(() -> new MetricDescriptor("bad id", "x", "x", Direction.NEUTRAL, "x"))
                .isInstanceOf(OccupationException.class).hasMessageContaining("'bad id' is not valid");
        assertThatThrownBy(() -> new MetricDescriptor("ok", " ", "x", Direction.NEUTRAL, "x"))
                .isInstanceOf(OccupationException.class).hasMessageContaining("displayName is blank");
    }

    @Test
    void input_refuses_repeated_occupations_and_empty_lists() {
        var rn = Fixtures.registeredNurses();
        assertThatThrownBy(() -> new MetricInput(List.of(rn, rn), List.of(CA)))
                .isInstanceOf(OccupationException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> new MetricInput(List.of(rn), List.of()))
                .isInstanceOf(OccupationException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new MetricInput(List.of(rn), List.of(CA, CA)))
                .isInstanceOf(OccupationException.class).hasMessageContaining("place is given twice");
        MetricInput input = new MetricInput(List.of(rn, Fixtures.chiefExecutives()), List.of(CA));
        assertThat(input.codes()).containsExactly(RN, new OccupationCode("11-1011.00"));
        assertThat(input.occupation(RN)).contains(rn);
    }
}
