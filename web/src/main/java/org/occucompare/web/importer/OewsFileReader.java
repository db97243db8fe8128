package org.occucompare.web.importer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.UsState;
import org.occucompare.web.store.row.EmploymentShareRow;
import org.occucompare.web.store.row.WageCell;
import org.occucompare.web.store.row.WageRow;

/**
 * Reads an OEWS wage file (national, state, MSA or all-data; {@code .xlsx} or {@code .csv}) with BLS's column names
 * in any order, with the employment shares {@code JOBS_1000} and {@code LOC_QUOTIENT} where the layout has them (state,
 * MSA, nonmetropolitan and all-data files; the national file leaves them blank). Keeps cross-industry rows only. BLS
 * markers: {@code #} top-coded, {@code *} and {@code ~} not available, {@code **} not released. Not thread-safe.
 */
final class OewsFileReader {
    static final List<String> ANNUAL = List.of("A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "A_MEAN");
    static final List<String> HOURLY = List.of("H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "H_MEAN");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?i).*_M(\\d{4})_.*");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("May (\\d{4}) OEWS.*");
    private static final Pattern TOP_CODE = Pattern.compile(
            "#\\s*=.*?\\$([\\d.,]+) per hour or \\$([\\d,]+) per year.*");

    private final int year;
    private final double topAnnual;
    private final double topHourly;

    private OewsFileReader(int year, double topAnnual, double topHourly) {
        this.year = year;
        this.topAnnual = topAnnual;
        this.topHourly = topHourly;
    }

    /** The OEWS May reference year of a file: from its BLS name, the option, or its Field Descriptions sheet. */
    static int yearOf(SourceFile file, ImportOptions options) {
        Matcher m = YEAR_IN_NAME.matcher(file.name());
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (options.oewsYear().isPresent()) {
            return options.oewsYear().getAsInt();
        }
        if (file.extension().equals("xlsx")) {
            for (List<String> row : Workbooks.firstRows(file, "Field Descriptions"::equals, 1)) {
                Matcher title = YEAR_IN_TITLE.matcher(row.isEmpty() ? "" : row.get(0).trim());
                if (title.matches()) {
                    return Integer.parseInt(title.group(1));
                }
            }
        }
        throw OccupationException.invalidInput("Cannot tell the OEWS year of " + file.location() + ": keep the BLS"
                + " file name (such as state_M2024_dl.xlsx) or give the year.");
    }

    /** Reads the file into the sink; returns the number of data rows read. */
    static long read(SourceFile file, ImportOptions options, ImportSink sink) {
        int year = yearOf(file, options);
        // BLS raised the top code from $208,000 / $100.00 to $239,200 / $115.00 with the May 2022 estimates
        double annual = year >= 2022 ? 239_200 : 208_000;
        double hourly = year >= 2022 ? 115.00 : 100.00;
        if (file.extension().equals("xlsx")) {
            for (List<String> row : Workbooks.firstRows(file, "Field Descriptions"::equals, 60)) {
                Matcher m = TOP_CODE.matcher(row.isEmpty() ? "" : row.get(0).trim());
                if (m.matches()) {
                    hourly = Double.parseDouble(m.group(1).replace(",", ""));
                    annual = Double.parseDouble(m.group(2).replace(",", ""));
                }
            }
        }
        OewsFileReader reader = new OewsFileReader(year, annual, hourly);
        Set<String> required = Set.of("OCC_CODE", "OCC_TITLE", "TOT_EMP");
        Consumer<TableRow> handler = row -> reader.row(row, sink);
        if (file.extension().equals("xlsx")) {
            return Workbooks.read(file, name -> !name.equals("Field Descriptions"), "OCC_CODE", required,
                    checked(handler));
        }
        return Tables.read(file, required, checked(handler));
    }

    /** Checks on the first row that a complete set of annual or hourly columns is there. */
    private static Consumer<TableRow> checked(Consumer<TableRow> handler) {
        boolean[] checked = {false};
        return row -> {
            if (!checked[0]) {
                boolean annual = ANNUAL.stream().anyMatch(row.columns()::containsKey);
                boolean hourly = HOURLY.stream().anyMatch(row.columns()::containsKey);
                if (annual || !hourly) {
                    Tables.columns(row.file(), List.copyOf(row.columns().keySet()), Set.copyOf(ANNUAL));
                }
                if (hourly) {
                    Tables.columns(row.file(), List.copyOf(row.columns().keySet()), Set.copyOf(HOURLY));
                }
                checked[0] = true;
            }
            handler.accept(row);
        };
    }

    private void row(TableRow row, ImportSink sink) {
        Optional<String> industry = row.optional("I_GROUP");
        if (industry.isPresent() && !industry.get().equalsIgnoreCase("cross-industry")) {
            return;
        }
        String soc = row.text("OCC_CODE");
        if (!SocCode.isValid(soc)) {
            throw row.invalid("OCC_CODE", "'" + Values.cut(soc) + "' is not a SOC code such as 29-1141");
        }
        String[] area = area(row);
        String title = row.text("OCC_TITLE");
        var employment = Values.whole(row, "TOT_EMP");
        if (row.columns().containsKey("A_MEDIAN")) {
            List<WageCell> c = ANNUAL.stream().map(col -> cell(row, col, topAnnual)).toList();
            sink.accept(new WageRow(soc, title, area[0], area[1], "ANNUAL", year, employment, c.get(0), c.get(1),
                    c.get(2), c.get(3), c.get(4), c.get(5)));
        }
        if (row.columns().containsKey("H_MEDIAN")) {
            List<WageCell> c = HOURLY.stream().map(col -> cell(row, col, topHourly)).toList();
            sink.accept(new WageRow(soc, title, area[0], area[1], "HOURLY", year, employment, c.get(0), c.get(1),
                    c.get(2), c.get(3), c.get(4), c.get(5)));
        }
        OptionalDouble jobs = share(row, "JOBS_1000", 1000);
        OptionalDouble quotient = share(row, "LOC_QUOTIENT", Double.MAX_VALUE);
        if (jobs.isPresent() || quotient.isPresent()) {
            sink.accept(new EmploymentShareRow(soc, area[0], year, jobs, quotient));
        }
    }

    /** An employment share from 0 to {@code max}; blank and BLS markers read as not published. */
    private static OptionalDouble share(TableRow row, String column, double max) {
        OptionalDouble value = Values.decimal(row, column);
        if (value.isPresent() && (value.getAsDouble() < 0 || value.getAsDouble() > max)) {
            throw row.invalid(column, Values.cut(row.text(column)) + " is not " + Values.shareRange(max));
        }
        return value;
    }

    /** The area key and name of a row. */
    private static String[] area(TableRow row) {
        Optional<String> code = row.optional("AREA");
        Optional<String> state = row.optional("PRIM_STATE");
        OptionalInt type = Values.integer(row, "AREA_TYPE");
        boolean national = type.isPresent() ? type.getAsInt() == 1
                : state.filter("US"::equalsIgnoreCase).isPresent() || code.filter("99"::equals).isPresent();
        if (national) {
            return new String[] {"US", "United States"};
        }
        boolean subState = type.isPresent() ? type.getAsInt() >= 4 : code.filter(c -> c.length() > 2).isPresent();
        if (subState) {
            String areaCode = code.orElseThrow(() -> row.invalid("AREA", "an area code is required"));
            return new String[] {"area:" + areaCode, row.optional("AREA_TITLE").orElse(areaCode)};
        }
        String postal = state.orElseThrow(() -> row.invalid("PRIM_STATE", "a state is required"));
        UsState known = UsState.fromPostalCode(postal)
                .or(() -> code.flatMap(UsState::fromFips))
                .orElseThrow(() -> row.invalid("PRIM_STATE", "'" + Values.cut(postal) + "' is not a state"));
        return new String[] {known.postalCode(), row.optional("AREA_TITLE").orElse(known.displayName())};
    }

    private static WageCell cell(TableRow row, String column, double topCode) {
        Optional<String> raw = row.optional(column);
        if (raw.isEmpty()) {
            return WageCell.missing(WageCell.Kind.NOT_AVAILABLE);
        }
        String text = raw.get();
        if (text.equals("#")) {
            return WageCell.topCoded(topCode);
        }
        if (text.equals("**")) {
            return WageCell.missing(WageCell.Kind.SUPPRESSED);
        }
        if (Values.isMarker(text)) {
            return WageCell.missing(WageCell.Kind.NOT_AVAILABLE);
        }
        double usd = Values.requiredDecimal(row, column);
        if (usd <= 0) {
            throw row.invalid(column, "a wage must be above zero, not " + Values.cut(text));
        }
        return WageCell.figure(usd);
    }
}
