package org.occucompare.apiclient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.occucompare.apiclient.internal.json.IndustryJson;
import org.occucompare.apiclient.internal.json.ProjectionRowJson;
import org.occucompare.apiclient.internal.json.ProjectionsJson;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.EmploymentCount;
import org.occucompare.core.model.IndustryEmployment;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.ProjectionRound;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.UsState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the {@code Projections} block: the national row (BLS, all jobs) and state rows (state long-term projections,
 * primary jobs), and the industry employment pattern. A row's own years win over the block's; a row without a usable
 * period or place is dropped. Industry employment is converted to jobs: the BLS matrix publishes thousands with one
 * decimal ({@code "1702.3"}, {@code "50.0"}), so a list whose figures carry decimals is read as thousands (an
 * assumption until a live response confirms the unit; see docs/careeronestop.md).
 */
final class ProjectionMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionMapper.class);
    private static final Set<String> NATION = Set.of("united states", "us", "u.s.", "national", "nation");

    private ProjectionMapper() {
    }

    static Optional<Projections> map(@Nullable ProjectionsJson json, Optional<SocCode> matrixCode,
            boolean rowsRequested, boolean industriesRequested) {
        if (json == null) {
            return Optional.empty();
        }
        List<ProjectionRow> rows = new ArrayList<>();
        if (rowsRequested) {
            for (ProjectionRowJson row : Texts.items(json.projections())) {
                row(row, json).ifPresent(rows::add);
            }
        }
        List<IndustryEmployment> industries = industriesRequested ? industries(Texts.items(json.industryOccEmplt()))
                : List.of();
        if (rows.isEmpty() && industries.isEmpty() && (!rowsRequested || json.projections() == null)) {
            return Optional.empty();
        }
        return Optional.of(new Projections(rowsRequested ? Texts.text(json.occupationTitle()) : Optional.empty(),
                matrixCode, rows, industries));
    }

    private static Optional<ProjectionRow> row(ProjectionRowJson row, ProjectionsJson block) {
        OptionalInt base =
                LenientNumbers.year(row.estimatedYear() != null ? row.estimatedYear() : block.estimatedYear());
        OptionalInt projected =
                LenientNumbers.year(row.projectedYear() != null ? row.projectedYear() : block.projectedYear());
        Optional<Location> area = area(row);
        if (base.isEmpty() || projected.isEmpty() || area.isEmpty()) {
            LOG.debug("skipping a projection row without a period or a place");
            return Optional.empty();
        }
        ProjectionRound round;
        try {
            round = new ProjectionRound(base.getAsInt(), projected.getAsInt());
        } catch (OccupationException e) {
            LOG.debug("skipping a projection row with an impossible period");
            return Optional.empty();
        }
        OptionalLong baseJobs = count(row.estimatedEmployment());
        OptionalLong projectedJobs = count(row.projectedEmployment());
        OptionalLong change = baseJobs.isPresent() && projectedJobs.isPresent()
                ? OptionalLong.of(projectedJobs.getAsLong() - baseJobs.getAsLong()) : OptionalLong.empty();
        Location place = area.get();
        return Optional.of(new ProjectionRow(place, Texts.text(row.stateName()).orElse(place.displayName()), round,
                place instanceof Location.National ? EmploymentCount.ALL_JOBS : EmploymentCount.PRIMARY_JOBS,
                baseJobs, projectedJobs, change, LenientNumbers.decimal(row.perCentChange()),
                count(row.projectedAnnualJobOpening())));
    }

    private static Optional<Location> area(ProjectionRowJson row) {
        String fips = Texts.orEmpty(row.stFips());
        String name = Texts.orEmpty(row.stateName());
        if (fips.matches("0{1,2}") || NATION.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(Location.NATIONAL);
        }
        return UsState.fromFips(fips).or(() -> UsState.fromName(name)).map(Location.State::new);
    }

    private static List<IndustryEmployment> industries(List<IndustryJson> rows) {
        boolean thousands = rows.stream().anyMatch(r -> hasDecimals(r.estimatedEmployment())
                || hasDecimals(r.projectEmployment()) || hasDecimals(r.numberChanged()));
        double scale = thousands ? 1_000 : 1;
        List<IndustryEmployment> industries = new ArrayList<>();
        for (IndustryJson row : rows) {
            Optional<String> title = Texts.text(row.industry());
            if (title.isEmpty()) {
                continue;
            }
            OptionalDouble share = Texts.within(row.pctestocc(), 0, 100);
            OptionalLong base = scaled(row.estimatedEmployment(), scale, false);
            OptionalLong projected = scaled(row.projectEmployment(), scale, false);
            industries.add(new IndustryEmployment(Texts.orEmpty(row.matInCode()), title.get(),
                    Texts.text(row.iagCode()), share, base, projected, scaled(row.numberChanged(), scale, true),
                    LenientNumbers.decimal(row.percentChange())));
        }
        return industries;
    }

    private static boolean hasDecimals(@Nullable String raw) {
        // "50.0" counts: the text, not the value, shows the matrix's one-decimal thousands
        return LenientNumbers.decimal(raw).isPresent() && Texts.orEmpty(raw).matches(".*\\.\\d+%?");
    }

    private static OptionalLong scaled(@Nullable String raw, double scale, boolean mayBeNegative) {
        OptionalDouble value = LenientNumbers.decimal(raw);
        if (value.isEmpty() || (!mayBeNegative && value.getAsDouble() < 0)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(value.getAsDouble() * scale));
    }

    private static OptionalLong count(@Nullable String raw) {
        OptionalLong value = LenientNumbers.whole(raw);
        return value.isPresent() && value.getAsLong() >= 0 ? value : OptionalLong.empty();
    }
}
