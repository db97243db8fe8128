package org.occucompare.web.chart;

import java.util.OptionalDouble;

/** A figure a profile chart's table holds, with its label, unit and how it reads. Immutable. */
public enum ProfileMeasure {
    /** An O*NET occupational interest score, 1 (low) to 7 (high). */
    INTEREST_SCORE("interest_score", "Score (1–7)", "O*NET interest score, 1–7"),
    /** The percent of an occupation's workers 25 and older whose highest education is a level. */
    SHARE_OF_WORKERS("share_of_workers_pct", "Share of workers (%)", "percent"),
    /** The percent of an occupation's jobs in an industry. */
    SHARE_OF_JOBS("share_of_jobs_pct", "Share of its jobs (%)", "percent"),
    /** An occupation's jobs in an industry, in the base year of the projections. */
    JOBS("jobs", "Jobs, base year", "jobs"),
    /** The projected change of those jobs, in percent. */
    PROJECTED_CHANGE("projected_change_pct", "Projected change (%)", "percent");

    private final String id;
    private final String label;
    private final String unit;

    ProfileMeasure(String id, String label, String unit) {
        this.id = id;
        this.label = label;
        this.unit = unit;
    }

    /** The id in CSV files, such as {@code share_of_workers_pct}; never null. */
    public String id() {
        return id;
    }

    /** The column heading, such as "Share of workers (%)"; never null. */
    public String label() {
        return label;
    }

    /** The unit, such as {@code percent}; never null. */
    public String unit() {
        return unit;
    }

    /**
     * A figure as a table shows it: "51.9 %", "5.86", "1,702,300", or "n/a" for none.
     *
     * @param value the figure, or empty; never null
     * @return the text, never null
     */
    public String format(OptionalDouble value) {
        if (value.isEmpty()) {
            return "n/a";
        }
        double v = value.getAsDouble();
        return switch (this) {
            case INTEREST_SCORE -> ChartStyle.decimal(v);
            case JOBS -> ChartStyle.decimal(Math.round(v));
            case SHARE_OF_WORKERS, SHARE_OF_JOBS, PROJECTED_CHANGE -> ChartStyle.decimal(v) + " %";
        };
    }
}
