package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.PriceParities.PriceParity;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.WageAmount;

/**
 * One place's figure on a map, as its cell reads it: how it stands, the value (or a top-coded wage's bound) and its
 * vintage. Immutable.
 *
 * @param status how the figure stands, never null
 * @param value the figure, or the bound of a top-coded wage; empty when suppressed or missing; never null
 * @param vintage the OEWS year (such as "May 2025") or projection period, or empty; never null
 */
record MapFigure(StateMap.Status status, OptionalDouble value, Optional<String> vintage) {
    MapFigure {
        requireNonNull(status, "status is null");
        requireNonNull(value, "value is null");
        requireNonNull(vintage, "vintage is null");
        if (value.isPresent() != (status == StateMap.Status.FIGURE || status == StateMap.Status.TOP_CODED)) {
            throw new IllegalArgumentException("a value goes with a figure or a top-coded bound only");
        }
    }

    /** A wage: top-coded keeps its bound, suppressed and not-available say so, none at all is missing. */
    static MapFigure wage(Optional<WageAmount> amount, Optional<String> vintage) {
        if (amount.isEmpty()) {
            return new MapFigure(StateMap.Status.MISSING, OptionalDouble.empty(), vintage);
        }
        WageAmount a = amount.get();
        if (a.isTopCoded()) {
            return new MapFigure(StateMap.Status.TOP_CODED, a.lowerBound(), vintage);
        }
        if (a.isMissing()) {
            return new MapFigure(a.missingReason().orElseThrow() == MissingReason.SUPPRESSED
                    ? StateMap.Status.SUPPRESSED : StateMap.Status.MISSING, OptionalDouble.empty(), vintage);
        }
        return new MapFigure(StateMap.Status.FIGURE, a.value(), vintage);
    }

    /**
     * A wage at national average prices: a published or top-coded wage divided by its place's parity over 100 (a
     * top-coded bound stays a bound); a wage without a parity is {@link StateMap.Status#NO_PARITY}; a suppressed or
     * missing wage stays so.
     */
    static MapFigure priceAdjusted(MapFigure wage, Optional<PriceParity> parity) {
        if (wage.value().isEmpty()) {
            return wage;
        }
        if (parity.isEmpty()) {
            return new MapFigure(StateMap.Status.NO_PARITY, OptionalDouble.empty(), wage.vintage());
        }
        return new MapFigure(wage.status(), OptionalDouble.of(parity.get().adjust(wage.value().getAsDouble())),
                wage.vintage());
    }

    /**
     * The caption's line on the price levels a price-adjusted map divides by: "Price levels: BEA Regional Price
     * Parities, all items (U.S. = 100), 2024 (BEA, Regional Price Parities by metropolitan area); each median is
     * divided by its place's parity over 100."
     *
     * @param parities the parities of the places drawn with a figure, never null
     * @return the text, never null
     */
    static String paritySource(Stream<PriceParity> parities) {
        String used = parities.map(p -> p.year() + " (" + p.source() + ")").distinct().sorted()
                .collect(Collectors.joining("; "));
        return "Price levels: BEA Regional Price Parities, all items (U.S. = 100)" + (used.isEmpty() ? "" : ", " + used)
                + "; each median is divided by its place's parity over 100.";
    }

    /** A share or change, published or missing. */
    static MapFigure share(OptionalDouble value, Optional<String> vintage) {
        return new MapFigure(value.isPresent() ? StateMap.Status.FIGURE : StateMap.Status.MISSING, value, vintage);
    }

    /** The figure as shown: "$95,990", "≥ $239,200", "1.05"; empty when none. */
    String text(MapMeasure measure) {
        if (value.isEmpty()) {
            return "";
        }
        String figure = measure.format(value.getAsDouble());
        return status == StateMap.Status.TOP_CODED ? "≥ " + figure : figure;
    }

    /**
     * The value for CSV: as published ("95990", "1.05"), a price-adjusted wage to the cent ("97002.75"), or empty.
     */
    String csvValue(MapMeasure measure) {
        if (value.isEmpty()) {
            return "";
        }
        BigDecimal v = BigDecimal.valueOf(value.getAsDouble());
        return (measure == MapMeasure.PRICE_ADJUSTED ? v.setScale(2, RoundingMode.HALF_UP) : v.stripTrailingZeros())
                .toPlainString();
    }

    /**
     * A map's columns for CSV, with the parity and its year after them when the map is price-adjusted.
     *
     * @param measure the map's measure, never null
     * @param columns the place's columns, never null
     * @return the columns, never null
     */
    static List<String> columns(MapMeasure measure, List<String> columns) {
        if (measure != MapMeasure.PRICE_ADJUSTED) {
            return columns;
        }
        List<String> all = new ArrayList<>(columns);
        all.addAll(List.of("price_parity", "price_parity_year"));
        return all;
    }

    /**
     * A place's row for CSV, with its parity and year after it (empty when it has none) when the map is
     * price-adjusted.
     *
     * @param measure the map's measure, never null
     * @param row the place's values, never null
     * @param parity the place's parity, never null
     * @return the row, never null
     */
    static List<Object> row(MapMeasure measure, List<Object> row, Optional<PriceParity> parity) {
        if (measure != MapMeasure.PRICE_ADJUSTED) {
            return row;
        }
        List<Object> all = new ArrayList<>(row);
        all.add(parity.map(PlaceMap::parityText).orElse(""));
        all.add(parity.map(p -> String.valueOf(p.year())).orElse(""));
        return all;
    }

    /**
     * The status for CSV: {@code figure}, {@code top_coded}, {@code suppressed}, {@code missing} or {@code
     * no_parity}.
     */
    String csvStatus() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The vintages of the figures drawn, for a source line: ", May 2025", ", May 2024 and May 2025 (each state's
     * newest)", or empty.
     *
     * @param figures the figures, never null
     * @param place what each figure is of, such as "state" or "area"; never null
     * @return the text, never null
     */
    static String vintages(Stream<MapFigure> figures, String place) {
        TreeSet<String> vintages = figures.filter(f -> f.value().isPresent()).flatMap(f -> f.vintage().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        return vintages.isEmpty() ? "" : vintages.size() == 1 ? ", " + vintages.first()
                : ", " + String.join(" and ", vintages) + " (each " + place + "'s newest)";
    }

    /** The source line of OEWS figures: "Source: Occupational Employment and Wage Statistics (OEWS), May 2025." */
    static String oewsSource(Occupation o, Stream<MapFigure> figures, String place) {
        String name = o.provenance(Section.WAGES).map(Provenance::name)
                .orElse("Occupational Employment and Wage Statistics (OEWS)");
        return "Source: " + name + vintages(figures, place) + ".";
    }

    /**
     * A map's table as CSV: the occupation's code and title and the measure, then the place's columns, one row per
     * place.
     *
     * @param map the map, never null
     * @param columns the names of the place's columns, never null
     * @param rows each place's values, in column order; never null
     * @return the CSV text, with CRLF line ends; never null
     */
    static String csv(PlaceMap map, List<String> columns, Stream<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<Object> header = new ArrayList<>(List.of("occupation_code", "occupation", "measure"));
            header.addAll(columns);
            csv.printRecord(header);
            for (List<Object> row : (Iterable<List<Object>>) rows::iterator) {
                List<Object> record = new ArrayList<>(List.of(map.occupation().code().value(),
                        map.occupation().title(), map.measure().id()));
                record.addAll(row);
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The vintage of an OEWS year, such as "May 2025". */
    static Optional<String> oewsYear(OptionalInt year) {
        return year.isPresent() ? Optional.of("May " + year.getAsInt()) : Optional.empty();
    }
}
