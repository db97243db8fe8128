package org.occucompare.web.importer;

import java.util.OptionalLong;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.UsState;
import org.occucompare.web.store.row.ProjectionEstimateRow;

/**
 * Reads a Projections Central long-term projections export ({@code Title, Base, Projected, PercentChange,
 * AvgAnnualOpenings, STFIPS, OccCode}). The export names no years, so the round must be given and is stored with
 * every row. STFIPS {@code 0} is the nation (BLS figures: all jobs); states count primary jobs.
 */
final class StateProjectionsReader {

    private StateProjectionsReader() {
    }

    /** Reads the file into the sink; returns the number of data rows read. */
    static long read(SourceFile file, ImportOptions options, ImportSink sink) {
        YearRange round = options.projectionYears().orElseThrow(() -> OccupationException.invalidInput(
                "The Projections Central export " + file.location() + " names no projection years: add"
                        + " --projection-years with its round, such as --projection-years 2022-2032."));
        return Tables.read(file, Recognizer.STATE_PROJECTION_COLUMNS, row -> {
            String soc = row.text("OccCode");
            if (!SocCode.isValid(soc)) {
                throw row.invalid("OccCode", "'" + Values.cut(soc) + "' is not a SOC code such as 29-1141");
            }
            String fips = row.text("STFIPS");
            boolean national = fips.equals("0") || fips.equals("00");
            String key;
            String name;
            if (national) {
                key = "US";
                name = "United States";
            } else {
                UsState state = UsState.fromFips(fips)
                        .orElseThrow(() -> row.invalid("STFIPS", "'" + Values.cut(fips) + "' is not a state FIPS"));
                key = state.postalCode();
                name = state.displayName();
            }
            OptionalLong base = Values.whole(row, "Base");
            OptionalLong projected = Values.whole(row, "Projected");
            OptionalLong change = base.isPresent() && projected.isPresent()
                    ? OptionalLong.of(projected.getAsLong() - base.getAsLong()) : OptionalLong.empty();
            sink.accept(new ProjectionEstimateRow(soc, row.text("Title"), key, name, round.baseYear(),
                    round.projectedYear(), national ? "ALL_JOBS" : "PRIMARY_JOBS", base, projected, change,
                    Values.decimal(row, "PercentChange"), Values.whole(row, "AvgAnnualOpenings")));
        });
    }
}
