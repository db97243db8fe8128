package org.occucompare.web.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.web.source.DataSources;

/**
 * Finds one occupation by code for the pages and the API. When the code is unknown, the 404 says "did you mean"
 * with the known occupations of the same SOC minor group (or, failing that, major group), since a title search
 * cannot suggest anything for a code. Stateless.
 */
public final class Lookups {
    private static final int SUGGESTIONS = 5;

    private Lookups() {
    }

    /**
     * The occupation of a code at a place.
     *
     * @param data the data the app runs on, never null
     * @param code the O*NET-SOC code, never null
     * @param location the place, never null
     * @return the occupation, never null
     * @throws OccupationException {@code NOT_FOUND} with suggestions when the code is unknown
     */
    public static Occupation occupation(DataSources data, OccupationCode code, Location location) {
        try {
            return data.lookup(code.value(), location, false);
        } catch (OccupationException e) {
            if (e.kind() != ErrorKind.NOT_FOUND || e.getMessage().contains("Did you mean")) {
                throw e;
            }
            List<OccupationSummary> near = near(data, code);
            if (near.isEmpty()) {
                throw e;
            }
            throw new OccupationException(ErrorKind.NOT_FOUND, "No occupation has the code " + code.value()
                    + " here. Did you mean " + near.stream().map(s -> s.code().value() + " (" + s.title() + ")")
                            .collect(Collectors.joining(", ")) + "?", e);
        }
    }

    private static List<OccupationSummary> near(DataSources data, OccupationCode code) {
        try {
            List<OccupationSummary> minor = data.store().search(code.value().substring(0, 5), SUGGESTIONS);
            return minor.isEmpty() ? data.store().search(code.value().substring(0, 2), SUGGESTIONS) : minor;
        } catch (OccupationException e) {
            return List.of(); // suggestions are a courtesy: their failure must not hide the "not found"
        }
    }
}
