package org.occucompare.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.Fixtures;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationSummary;

class LookupTest {
    private static final OccupationKey NURSES = OccupationKey.parse("29-1141.00");
    private static final OccupationKey UNKNOWN = OccupationKey.parse("29-1141.99");
    private static final OccupationKey SOC = OccupationKey.parse("29-1141");
    private static final OccupationSummary SUGGESTED = new OccupationSummary(
            Fixtures.registeredNurses().code(), "Registered Nurses", Optional.empty());

    private static Lookup lookup(Miss... misses) {
        Map<OccupationKey, Occupation> found = new LinkedHashMap<>();
        found.put(NURSES, Fixtures.registeredNurses());
        return new Lookup(found, List.of(misses));
    }

    @Test
    void a_found_key_gives_its_occupation_and_a_missed_one_its_miss() {
        Miss miss = new Miss(UNKNOWN, Miss.Kind.NOT_FOUND, "No occupation matches \"29-1141.99\" here",
                Optional.empty(), List.of(SUGGESTED), Optional.empty());
        Lookup lookup = lookup(miss);

        assertThat(lookup.require(NURSES).title()).isEqualTo("Registered Nurses");
        assertThat(lookup.occupation(UNKNOWN)).isEmpty();
        assertThat(lookup.miss(UNKNOWN)).contains(miss);
        assertThat(lookup.miss(NURSES)).isEmpty();
    }

    @Test
    void requiring_an_unknown_occupation_is_not_found_with_its_suggestions() {
        Miss miss = new Miss(UNKNOWN, Miss.Kind.NOT_FOUND, "No occupation matches \"29-1141.99\" here",
                Optional.empty(), List.of(SUGGESTED), Optional.empty());

        assertThatThrownBy(() -> lookup(miss).require(UNKNOWN))
                .isInstanceOfSatisfying(OccupationMissException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.misses()).containsExactly(miss);
                })
                .hasMessage("No occupation matches \"29-1141.99\" here. Did you mean 29-1141.00 (Registered Nurses)?");
    }

    @Test
    void requiring_a_soc_code_is_invalid_input_and_an_unavailable_key_throws_its_failure() {
        Miss tooBroad = new Miss(SOC, Miss.Kind.TOO_BROAD, "29-1141 is a SOC code", Optional.empty(),
                List.of(SUGGESTED), Optional.empty());
        OccupationException down = new OccupationException(ErrorKind.UPSTREAM, "CareerOneStop is down");
        Miss unavailable = Miss.unavailable(UNKNOWN, down);
        Lookup lookup = lookup(tooBroad, unavailable);

        assertThatThrownBy(() -> lookup.require(SOC)).isInstanceOfSatisfying(OccupationException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessage("29-1141 is a SOC code: use one of 29-1141.00 (Registered Nurses).");
        assertThatThrownBy(() -> lookup.require(UNKNOWN)).isSameAs(down);
        assertThat(unavailable.message()).isEqualTo("CareerOneStop is down");
        assertThatThrownBy(() -> lookup.require(OccupationKey.parse("11-1011.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not asked for");
    }

    @Test
    void a_key_cannot_be_both_found_and_missed_and_only_an_unavailable_miss_carries_a_failure() {
        Miss nursesMissing = new Miss(NURSES, Miss.Kind.NOT_FOUND, "gone", Optional.empty(), List.of(),
                Optional.empty());
        assertThatThrownBy(() -> lookup(nursesMissing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Miss(NURSES, Miss.Kind.NOT_FOUND, "gone", Optional.empty(), List.of(),
                Optional.of(new OccupationException(ErrorKind.UPSTREAM, "down"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_occupations_keep_the_order_asked() {
        Map<OccupationKey, Occupation> found = new LinkedHashMap<>();
        found.put(OccupationKey.parse("11-1011.00"), Fixtures.chiefExecutives());
        found.put(NURSES, Fixtures.registeredNurses());
        found.put(OccupationKey.parse("29-1141.01"), Fixtures.acuteCareNurses());

        assertThat(new Lookup(found, List.of()).occupations().keySet()).extracting(OccupationKey::toString)
                .containsExactly("11-1011.00", "29-1141.00", "29-1141.01");
    }
}
