package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.compare.SourceVintage;
import org.occucompare.web.export.CsvCells;

/**
 * The figures a profile chart draws (interests, education attained, industries), as the table beside it and its CSV
 * show them: one line per category (an interest type, a level of education, an industry), and for each occupation
 * one figure per measure, empty where the source publishes none. An occupation without any figure says why; it is
 * never shown as 0. The chart is drawn from this table, so the two always agree. Immutable.
 *
 * @param kind the chart, never null
 * @param title the chart's title, never null
 * @param rowHeader the heading of the category column, such as "Industry"; never null
 * @param measures the figures of each occupation, the one drawn first; never null or empty
 * @param occupations the occupations, in the order asked for; never null
 * @param lines the categories with their figures, in the order drawn; never null
 * @param notes how to read it and what is left out, as sentences; never null
 */
public record ProfileTable(ChartKind kind, String title, String rowHeader, List<ProfileMeasure> measures,
        List<Subject> occupations, List<Line> lines, List<String> notes) {

    /** Validates and copies. */
    public ProfileTable {
        requireNonNull(kind, "kind is null");
        requireNonNull(title, "title is null");
        requireNonNull(rowHeader, "rowHeader is null");
        measures = List.copyOf(requireNonNull(measures, "measures is null"));
        occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("a profile table needs a measure");
        }
        int perOccupation = measures.size();
        for (Line line : lines) {
            if (line.values().size() != occupations.size() || line.values().stream()
                    .anyMatch(v -> v.size() != perOccupation)) {
                throw new IllegalArgumentException("line " + line.label() + " has a figure per occupation and "
                        + "measure missing");
            }
        }
    }

    /**
     * An occupation of the table.
     *
     * @param code its code, never null
     * @param title its title, never null
     * @param source the data set its figures come from, or empty; never null
     * @param missing why it has no figure at all (such as "available with a CareerOneStop token"), or empty when
     *     it has some; never null
     */
    public record Subject(OccupationCode code, String title, Optional<SourceVintage> source,
            Optional<String> missing) {
        /** Rejects null. */
        public Subject {
            requireNonNull(code, "code is null");
            requireNonNull(title, "title is null");
            requireNonNull(source, "source is null");
            requireNonNull(missing, "missing is null");
        }
    }

    /**
     * A category and its figures.
     *
     * @param key a stable key, such as an industry code or an O*NET element id; never null
     * @param label its name, never null
     * @param values per occupation (in table order), the figure of each measure (in table order), empty where none
     *     is published; never null
     */
    public record Line(String key, String label, List<List<OptionalDouble>> values) {
        /** Rejects null and copies. */
        public Line {
            requireNonNull(key, "key is null");
            requireNonNull(label, "label is null");
            values = requireNonNull(values, "values is null").stream().map(List::copyOf).toList();
        }

        /** The drawn figure (the first measure) of an occupation, by its place in the table. */
        public OptionalDouble drawn(int occupation) {
            return values.get(occupation).get(0);
        }
    }

    /** Whether any occupation has a figure to draw; if not, the chart says why instead of drawing axes. */
    public boolean hasFigures() {
        return lines.stream().anyMatch(l -> l.values().stream().anyMatch(v -> v.get(0).isPresent()));
    }

    /** The occupations that have figures, for the columns of the table beside the chart; never null. */
    public List<Subject> withFigures() {
        return occupations.stream().filter(s -> s.missing().isEmpty()).toList();
    }

    /**
     * The column headings after the category's: the measures for one occupation, the occupations for one measure,
     * else "occupation: measure".
     *
     * @return one per occupation with figures and measure; never null
     */
    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        List<Subject> shown = withFigures();
        for (Subject s : shown) {
            for (ProfileMeasure m : measures) {
                headers.add(occupations.size() == 1 ? m.label() : measures.size() == 1 ? s.title()
                        : s.title() + ": " + m.label());
            }
        }
        return headers;
    }

    /**
     * A line's figures as the table shows them, in the order of {@link #headers()}, "n/a" where none is published.
     *
     * @param line a line of this table, never null
     * @return the cells, never null
     */
    public List<String> cells(Line line) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < occupations.size(); i++) {
            if (occupations.get(i).missing().isPresent()) {
                continue;
            }
            for (int j = 0; j < measures.size(); j++) {
                cells.add(measures.get(j).format(line.values().get(i).get(j)));
            }
        }
        return cells;
    }

    /** The occupations without figures and why, such as "Chief Executives: no O*NET interest scores"; never null. */
    public List<String> missing() {
        return occupations.stream().filter(s -> s.missing().isPresent()).map(s -> s.title() + ": "
                + s.missing().get()).toList();
    }

    /**
     * Why some occupations have no figures, as a sentence for the page and for a chart with nothing to draw, with
     * what to do where a CareerOneStop token would bring them: "Available with a CareerOneStop token. Set …".
     *
     * @return the sentences, or the empty string when every occupation has figures; never null
     */
    public String notice() {
        List<String> why = occupations.size() == 1 ? occupations.get(0).missing().stream().toList() : missing();
        if (why.isEmpty()) {
            return "";
        }
        String text = String.join("; ", why);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + "." + (why.stream().anyMatch(w ->
                w.endsWith(ProfileTables.LIVE_ONLY)) ? " Set OCCUCOMPARE_COS_USER_ID and OCCUCOMPARE_COS_TOKEN to"
                + " ask the CareerOneStop API for them." : "");
    }

    /** The data sets the figures come from, each once, in order; never null. */
    public List<SourceVintage> sources() {
        return occupations.stream().flatMap(s -> s.source().stream()).distinct().toList();
    }

    /** The caption's source line, such as "Source: O*NET Database, 30.1."; never null. */
    public String sourceLine() {
        return ChartSources.line(sources());
    }

    /**
     * The table as tidy CSV (RFC 4180): one row per occupation, category and measure with its value, unit and
     * status ({@code figure} or {@code missing}, with a note saying why), and one row for each occupation without
     * any figure.
     *
     * @return the CSV text, never null
     */
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("occupation_code", "occupation", "chart", "category_code", "category", "measure",
                    "value", "unit", "status", "note", "source");
            for (int i = 0; i < occupations.size(); i++) {
                Subject s = occupations.get(i);
                String title = CsvCells.text(s.title());
                String source = CsvCells.text(s.source().map(SourceVintage::label).orElse(""));
                if (s.missing().isPresent()) {
                    csv.printRecord(s.code().value(), title, kind.id(), "", "", "", "", "", "missing",
                            CsvCells.text(s.missing().get()), source);
                    continue;
                }
                for (Line line : lines) {
                    for (int j = 0; j < measures.size(); j++) {
                        ProfileMeasure m = measures.get(j);
                        OptionalDouble v = line.values().get(i).get(j);
                        csv.printRecord(s.code().value(), title, kind.id(), CsvCells.text(line.key()),
                                CsvCells.text(line.label()), m.id(), CsvCells.number(v), m.unit(),
                                v.isPresent() ? "figure" : "missing", v.isPresent() ? "" : "not published", source);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
