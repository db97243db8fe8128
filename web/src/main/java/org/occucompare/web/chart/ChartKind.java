package org.occucompare.web.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.occucompare.core.OccupationException;

/** The charts of a comparison. */
public enum ChartKind {
    /** Wage percentile ranges per occupation and place: 10–90 whiskers, 25–75 box, median mark, top-coded ends. */
    WAGES("Annual wage ranges"),
    /** The reference occupation's wage ranges across the places compared. */
    LOCATIONS("Wages across places"),
    /** Projected employment change and annual openings per occupation. */
    GROWTH("Projected growth and openings"),
    /** Shared strengths and the gap list, the reference against each other occupation. */
    SKILLS("Skill overlap");

    private final String displayName;

    ChartKind(String displayName) {
        this.displayName = displayName;
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
