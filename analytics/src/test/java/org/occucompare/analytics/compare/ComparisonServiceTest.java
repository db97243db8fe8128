package org.occucompare.analytics.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.analytics.plugin.MetricRegistry;
import org.occucompare.analytics.plugin.MetricStatus;
import org.occucompare.analytics.wage.WageGap;
import org.occucompare.core.Fixtures;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.Wages;
import org.occucompare.core.spi.Bound;

class ComparisonServiceTest {
    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private static final Location TX = new Location.State(UsState.TEXAS);
    private static final OccupationCode RN = new OccupationCode("29-1141.00");
    private static final OccupationCode CEO = new OccupationCode("11-1011.00");
    private final ComparisonService service = new ComparisonService(MetricRegistry.builtIns());

    private static List<Occupation> three() {
        return List.of(Fixtures.registeredNurses(), Fixtures.acuteCareNurses(), Fixtures.chiefExecutives());
    }

    @Test
    void a_report_holds_every_section_measured_against_the_first_occupation_and_place() {
        ComparisonReport r = service.compare(three(), List.of(Location.NATIONAL, CA));
        assertThat(r.reference()).isEqualTo(RN);
        assertThat(r.referenceLocation()).isEqualTo(Location.NATIONAL);
        assertThat(r.occupations()).extracting(ComparedOccupation::inheritedWages).containsExactly(false, true,
                false);
        // 2 others x (US annual + US hourly + CA annual + CA hourly): hourly rows appear where anyone publishes
        // hourly figures at that place; the fixtures publish national hourly only
        assertThat(r.occupationGaps()).extracting(WageGap::subjectLocation, WageGap::rateType).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Location.NATIONAL, RateType.ANNUAL),
                org.assertj.core.groups.Tuple.tuple(Location.NATIONAL, RateType.ANNUAL),
                org.assertj.core.groups.Tuple.tuple(Location.NATIONAL, RateType.HOURLY),
                org.assertj.core.groups.Tuple.tuple(Location.NATIONAL, RateType.HOURLY),
                org.assertj.core.groups.Tuple.tuple(CA, RateType.ANNUAL),
                org.assertj.core.groups.Tuple.tuple(CA, RateType.ANNUAL));
        WageGap ceoUs = r.occupationGaps().get(1);
        // CEO 10th 73,710 - RN 10th 66,030 = 7,680; CEO 75th is top-coded: at least 239,200 - 107,960 = 131,240
        assertThat(ceoUs.gaps().get(0).gapUsd().value()).hasValue(7_680);
        assertThat(ceoUs.gaps().get(3).gapUsd().value()).hasValue(131_240);
        assertThat(ceoUs.gaps().get(3).gapUsd().bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(r.locationGaps()).isNotEmpty().allSatisfy(g -> assertThat(g.referenceLocation())
                .isEqualTo(Location.NATIONAL));
        assertThat(r.spreads()).isNotEmpty();
        assertThat(r.payOverlaps()).hasSize(2 * 2 * 2);
        assertThat(r.locationComparisons()).isNotEmpty();
        assertThat(r.growth()).hasSize(3);
        assertThat(r.education().profiles()).hasSize(3);
        assertThat(r.skillOverlaps()).extracting(o -> o.b()).containsExactly(new OccupationCode("29-1141.01"), CEO);
        assertThat(r.metrics()).extracting(MetricOutcome::status).containsOnly(MetricStatus.OK);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("Source of wages: Occupational Employment"
                + " and Wage Statistics, May 2024"));
    }

    @Test
    void records_of_one_occupation_fetched_for_different_places_are_merged() {
        Occupation rn = Fixtures.registeredNurses();
        Wages all = rn.wages().orElseThrow();
        Occupation national = rn.withWages(new Wages(all.wageOccupation(), false, all.year(),
                all.estimates().stream().filter(e -> e.area().equals(Location.NATIONAL)).toList()));
        Occupation texas = rn.withWages(new Wages(all.wageOccupation(), false, all.year(),
                all.estimates().stream().filter(e -> e.area().equals(TX)).toList()));
        ComparisonReport r = service.compare(List.of(national, Fixtures.chiefExecutives(), texas),
                List.of(Location.NATIONAL, TX));
        assertThat(r.occupations()).extracting(ComparedOccupation::code).containsExactly(RN, CEO);
        assertThat(r.notes()).contains("Records of 29-1141.00 fetched for different places were merged.");
        // the merged record knows both places: RN TX median 90,010 - RN US median 93,600 = -3,590
        WageGap rnTx = r.locationGaps().stream().filter(g -> g.subject().equals(RN) && g.rateType()
                == RateType.ANNUAL).findFirst().orElseThrow();
        assertThat(rnTx.gaps().get(2).gapUsd().value()).hasValue(-3_590);
    }

    @Test
    void a_chosen_reference_is_measured_against() {
        ComparisonReport r = service.compare(new ComparisonRequest(three(), List.of(Location.NATIONAL, CA),
                Optional.of(CEO), Optional.of(CA)));
        assertThat(r.reference()).isEqualTo(CEO);
        assertThat(r.occupationGaps()).allSatisfy(g -> assertThat(g.reference()).isEqualTo(CEO));
        assertThat(r.locationGaps()).allSatisfy(g -> assertThat(g.referenceLocation()).isEqualTo(CA));
    }

    @Test
    void the_findings_do_not_depend_on_the_order_of_the_input() {
        ComparisonReport a = service.compare(new ComparisonRequest(three(), List.of(Location.NATIONAL, CA, TX),
                Optional.of(RN), Optional.of(Location.NATIONAL)));
        List<Occupation> shuffled = new ArrayList<>(three());
        Collections.shuffle(shuffled, new Random(5));
        ComparisonReport b = service.compare(new ComparisonRequest(shuffled, List.of(TX, Location.NATIONAL, CA),
                Optional.of(RN), Optional.of(Location.NATIONAL)));
        assertThat(new HashSet<>(b.occupationGaps())).isEqualTo(new HashSet<>(a.occupationGaps()));
        assertThat(new HashSet<>(b.locationGaps())).isEqualTo(new HashSet<>(a.locationGaps()));
        assertThat(new HashSet<>(b.spreads())).isEqualTo(new HashSet<>(a.spreads()));
        assertThat(new HashSet<>(b.payOverlaps())).isEqualTo(new HashSet<>(a.payOverlaps()));
        assertThat(new HashSet<>(b.skillOverlaps())).isEqualTo(new HashSet<>(a.skillOverlaps()));
    }

    @Test
    void too_many_or_too_few_occupations_or_places_are_refused_with_advice() {
        assertThatThrownBy(() -> service.compare(List.of(), List.of(CA))).isInstanceOf(OccupationException.class)
                .hasMessageContaining("Compare 1 to 10 occupations, not 0");
        assertThatThrownBy(() -> service.compare(three(), List.of(Location.NATIONAL, CA, TX,
                new Location.State(UsState.OHIO), new Location.State(UsState.IOWA), new Location.State(UsState.UTAH))))
                .hasMessageContaining("Compare 1 to 5 places, not 6");
        assertThatThrownBy(() -> service.compare(new ComparisonRequest(three(), List.of(CA),
                Optional.of(new OccupationCode("15-1252.00")), Optional.empty())))
                .hasMessageContaining("reference occupation 15-1252.00 is not among");
        assertThatThrownBy(() -> service.compare(new ComparisonRequest(three(), List.of(CA), Optional.empty(),
                Optional.of(TX)))).hasMessageContaining("reference place TX is not among");
        assertThatThrownBy(() -> new ComparisonService(MetricRegistry.builtIns(), Duration.ZERO, Optional.empty()))
                .hasMessageContaining("must be positive");
    }
}
