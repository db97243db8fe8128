package org.occucompare.web.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Section;

/**
 * The kinds of chart: the charts of a comparison (wages, places, growth, skills), and the profile charts, which draw
 * each occupation's own national figures from one section and need only one occupation.
 */
public enum ChartKind {
    /** Wage percentile ranges per occupation and place: 10–90 whiskers, 25–75 box, median mark, top-coded ends. */
    WAGES("Annual wage ranges", null),
    /** The reference occupation's wage ranges across the places compared. */
    LOCATIONS("Wages across places", null),
    /** Projected employment change and annual openings per occupation. */
    GROWTH("Projected growth and openings", null),
    /** Shared strengths and the gap list, the reference against each other occupation. */
    SKILLS("Skill overlap", null),
    /** The industries employing the most of each occupation, as a share of its jobs (National Employment Matrix). */
    INDUSTRIES("Industries employing the occupation", Section.INDUSTRY_EMPLOYMENT),
    /** The share of each occupation's workers by their highest level of education (Employment Projections). */
    ATTAINMENT("Education attained by workers", Section.TRAINING),
    /** The six O*NET occupational interest (RIASEC) scores of each occupation. */
    INTERESTS("Interest profile (RIASEC)", Section.INTERESTS);

    private final String displayName;
    private final @Nullable Section section;

    ChartKind(String displayName, @Nullable Section section) {
        this.displayName = displayName;
        this.section = section;
    }

    /**
     * The section a profile chart draws on: the chart shows each occupation's own national figures of it, for one
     * occupation or several side by side.
     *
     * @return the section, or empty for a chart of a comparison (which needs two occupations, or two places);
     *     never null
     */
    public Optional<Section> profileSection() {
        return Optional.ofNullable(section);
    }

    /** The id used in commands and URLs, such as {@code wages}; never null. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A short human name, such as "Annual wage ranges"; never null. */
    public String displayName() {
        return displayName;
    }

    /**
     * The kind of an id.
     *
     * @param id such as {@code wages}, any case, never null
     * @return the kind, never null
     * @throws OccupationException {@code INVALID_INPUT} naming the known kinds
     */
    public static ChartKind parse(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id().equals(wanted)).findFirst().orElseThrow(() ->
                OccupationException.invalidInput("\"" + id + "\" is not a chart kind: use one of "
                        + Arrays.stream(values()).map(ChartKind::id).collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public String toString() {
        return id();
    }
}
