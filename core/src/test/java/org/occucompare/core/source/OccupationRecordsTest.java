package org.occucompare.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.Wages;

class OccupationRecordsTest {
    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private static final Location TX = new Location.State(UsState.TEXAS);

    /** Registered Nurses as fetched for one place: the national rows and that place's, as CareerOneStop answers. */
    private static Occupation nursesFor(Location place, Instant retrievedAt, boolean stale) {
        Occupation rn = Fixtures.registeredNurses();
        Wages all = rn.wages().orElseThrow();
        Projections projections = rn.projections().orElseThrow();
        List<Location> areas = List.of(Location.NATIONAL, place);
        Retrieval retrieval = new Retrieval(place, retrievedAt, SourceKind.CAREERONESTOP, stale,
                java.util.Optional.empty(), java.util.Optional.empty());
        return rn.withWages(new Wages(all.wageOccupation(), false, all.year(),
                        all.estimates().stream().filter(e -> areas.contains(e.area())).toList()))
                .withProjections(new Projections(projections.matrixTitle(),
                        projections.rows().stream().filter(r -> areas.contains(r.area())).toList(),
                        projections.industries()))
                .withRetrieval(retrieval);
    }

    @Test
    void records_for_two_places_pool_their_rows_with_the_national_ones_once() {
        Instant early = Instant.parse("2026-05-01T00:00:00Z");
        Instant late = Instant.parse("2026-05-03T00:00:00Z");

        Occupation merged = OccupationRecords.merge(List.of(nursesFor(CA, late, false), nursesFor(TX, early, true)));

        // national annual + national hourly + CA annual + TX annual, each once
        assertThat(merged.wages().orElseThrow().estimates()).extracting(e -> e.area().key() + " " + e.rateType())
                .containsExactly("US ANNUAL", "US HOURLY", "CA ANNUAL", "TX ANNUAL");
        // OEWS May 2024 state file: Texas, 29-1141, A_MEDIAN 90,010
        assertThat(merged.wages().orElseThrow().find(TX, RateType.ANNUAL).orElseThrow().median())
                .isEqualTo(WageAmount.of(90_010));
        assertThat(merged.projections().orElseThrow().rows()).extracting(ProjectionRow::area)
                .containsExactly(Location.NATIONAL, CA, TX);
        assertThat(merged.retrieval().location()).isEqualTo(CA);
        assertThat(merged.retrieval().retrievedAt()).as("the oldest record's time").isEqualTo(early);
        assertThat(merged.retrieval().stale()).as("stale if any record is").isTrue();
    }

    @Test
    void one_record_is_itself() {
        Occupation rn = Fixtures.registeredNurses();

        assertThat(OccupationRecords.merge(List.of(rn))).isEqualTo(rn);
    }

    @Test
    void records_of_different_occupations_or_none_cannot_be_merged() {
        assertThatThrownBy(() -> OccupationRecords.merge(List.of(Fixtures.registeredNurses(),
                Fixtures.chiefExecutives()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("29-1141.00").hasMessageContaining("11-1011.00");
        assertThatThrownBy(() -> OccupationRecords.merge(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
