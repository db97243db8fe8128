package org.occucompare.web.ui;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;

/**
 * One row of a wage table: an occupation's percentiles at one place for one rate (annual or hourly), with the
 * source and vintage, and whether the figures are inherited from the SOC group or come from a stale cache.
 *
 * @param label what the row is, such as "Registered Nurses, California, annual"; never null
 * @param cells P10, P25, median, P75, P90, never null
 * @param mean the mean, or empty when the source does not publish it (CareerOneStop sends percentiles only); never
 *     null
 * @param employment the employment count as text, or empty when the source does not publish it; never null
 * @param source the source and vintage, never null
 * @param inherited true if the figures are the SOC group's
 * @param stale true if they come from a cache past its freshness
 */
public record WageLine(String label, List<Cell> cells, Optional<Cell> mean, Optional<String> employment,
        String source, boolean inherited, boolean stale) {

    /** Validates and copies. */
    public WageLine {
        requireNonNull(label, "label is null");
        cells = List.copyOf(requireNonNull(cells, "cells is null"));
        requireNonNull(mean, "mean is null");
        requireNonNull(employment, "employment is null");
        requireNonNull(source, "source is null");
    }

    /** The percentiles and then the mean ("n/a" where this row has none), for a table with a mean column. */
    public List<Cell> cellsWithMean() {
        List<Cell> all = new ArrayList<>(cells);
        all.add(mean.orElseGet(() -> Cell.of(WageAmount.missing(MissingReason.NOT_AVAILABLE))));
        return all;
    }

    /**
     * Whether a table of these rows has a mean column: only when a row has a mean, so that a source which never
     * publishes one (CareerOneStop) shows no column of n/a.
     */
    public static boolean anyMean(List<WageLine> lines) {
        return lines.stream().anyMatch(l -> l.mean().isPresent());
    }

    /** Whether a table of these rows has an employment column: only when a row has a count. */
    public static boolean anyEmployment(List<WageLine> lines) {
        return lines.stream().anyMatch(l -> l.employment().isPresent());
    }

    /**
     * The rows of an occupation's wages, in the order the source holds them.
     *
     * @param occupation the occupation, never null
     * @param withTitle whether labels start with the occupation title
     * @return one row per estimate, never null
     */
    public static List<WageLine> of(Occupation occupation, boolean withTitle) {
        return of(List.of(occupation), withTitle, e -> true);
    }

    /**
     * The rows of several occupations' wages at some places and rates, for one table: when the rows are of different
     * OEWS years (a metro area's newer file beside the state's), each label names its year.
     *
     * @param occupations the occupations, in table order; never null
     * @param withTitle whether labels start with the occupation title
     * @param wanted which estimates to show, never null
     * @return one row per estimate shown, occupation by occupation; never null
     */
    public static List<WageLine> of(List<Occupation> occupations, boolean withTitle, Predicate<WageEstimate> wanted) {
        boolean mixed = occupations.stream().flatMap(o -> o.wages().stream().flatMap(w -> w.estimates().stream()
                .filter(wanted).map(e -> e.yearIn(w)))).distinct().count() > 1;
        List<WageLine> lines = new ArrayList<>();
        for (Occupation occupation : occupations) {
            Optional<Provenance> provenance = occupation.provenance(Section.WAGES);
            boolean inherited = occupation.wages().map(w -> w.inherited()).orElse(false);
            for (WageEstimate e : occupation.wages().map(w -> w.estimates()).orElse(List.<WageEstimate>of())) {
                if (!wanted.test(e)) {
                    continue;
                }
                OptionalInt year = e.yearIn(occupation.wages().orElseThrow());
                String source = year.isPresent() && provenance.isPresent() ? "Source: " + provenance.get().name()
                        + ", May " + year.getAsInt() : Formats.source(provenance);
                List<Cell> cells = new ArrayList<>();
                for (Percentile p : Percentile.values()) {
                    cells.add(Cell.of(e.get(p)));
                }
                // a mean the source has no field for (CareerOneStop sends percentiles only) is not a figure to show
                // as n/a
                Optional<Cell> mean = e.mean().missingReason().filter(r -> r == MissingReason.NOT_COVERED).isPresent()
                        ? Optional.empty() : Optional.of(Cell.of(e.mean()));
                Optional<String> employment = e.employment().isPresent()
                        ? Optional.of(Formats.count(e.employment())) : Optional.empty();
                String label = (withTitle ? occupation.title() + ", " : "") + e.areaName() + ", "
                        + e.rateType().name().toLowerCase(Locale.ROOT) + (mixed && year.isPresent() ? " (May "
                        + year.getAsInt() + ")" : "");
                lines.add(new WageLine(label, cells, mean, employment, source, inherited,
                        occupation.retrieval().stale()));
            }
        }
        return lines;
    }

    /**
     * The source line under a table of these rows: the one source and vintage they share, or, when the rows are of
     * different OEWS years, each source and year and a word that the rows name theirs.
     *
     * @param lines the rows, never null and not empty
     * @return the text, never null
     */
    public static String source(List<WageLine> lines) {
        List<String> sources = lines.stream().map(WageLine::source).distinct().toList();
        if (sources.size() == 1) {
            return sources.get(0);
        }
        return "Sources: " + sources.stream().map(s -> s.replaceFirst("^Source: ", "")).sorted()
                .collect(Collectors.joining("; ")) + ". Each place shows its newest OEWS year; the rows name theirs.";
    }

    /** The SOC group a row's figures are inherited from, for the marker; empty when not inherited. */
    public static Optional<String> inheritedFrom(Occupation occupation) {
        return occupation.wages().filter(w -> w.inherited()).flatMap(w -> w.wageOccupation())
                .map(s -> s.code() + " " + s.title());
    }
}
