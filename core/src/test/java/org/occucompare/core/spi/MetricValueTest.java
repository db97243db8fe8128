package org.occucompare.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;

class MetricValueTest {
    private static final OccupationCode RN = new OccupationCode("29-1141.00");

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void a_value_that_is_not_finite_is_refused_with_a_hint(double value) {
        assertThatThrownBy(() -> MetricValue.of(RN, Location.NATIONAL, value))
                .isInstanceOfSatisfying(OccupationException.class, e -> assertThat(e.kind())
                        .isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("not a finite number").hasMessageContaining("MetricValue.absent");
    }

    @Test
    void a_missing_value_needs_a_note() {
        assertThatThrownBy(() -> new MetricValue(RN, Optional.empty(), OptionalDouble.empty(), Bound.EXACT,
                List.of())).isInstanceOf(OccupationException.class).hasMessageContaining("without a note");
    }

    @Test
    void a_missing_value_cannot_be_a_bound() {
        assertThatThrownBy(() -> MetricValue.absent(RN, "no data").withBound(Bound.AT_LEAST))
                .isInstanceOf(OccupationException.class).hasMessageContaining("missing but bounded");
    }

    @Test
    void factories_fill_in_the_place_the_bound_and_the_notes() {
        MetricValue v = MetricValue.of(RN, Location.NATIONAL, 93_600).withBound(Bound.AT_LEAST).withNote("top-coded");
        assertThat(v.location()).contains(Location.NATIONAL);
        assertThat(v.value()).hasValue(93_600);
        assertThat(v.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(v.notes()).containsExactly("top-coded");
        assertThat(MetricValue.of(RN, 4).location()).isEmpty();
        assertThat(MetricValue.absent(RN, Location.NATIONAL, "suppressed").notes()).containsExactly("suppressed");
    }

    @Test
    void blank_notes_are_refused() {
        assertThatThrownBy(() -> MetricValue.of(RN, 1).withNote(" ")).isInstanceOf(OccupationException.class);
    }

    @Test
    void negating_a_bound_swaps_at_least_and_at_most() {
        assertThat(Bound.AT_LEAST.negate()).isEqualTo(Bound.AT_MOST);
        assertThat(Bound.AT_MOST.negate()).isEqualTo(Bound.AT_LEAST);
        assertThat(Bound.EXACT.negate()).isEqualTo(Bound.EXACT);
        assertThat(Bound.AT_LEAST.phrase()).isEqualTo("at least");
    }
}
