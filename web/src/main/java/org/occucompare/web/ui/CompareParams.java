package org.occucompare.web.ui;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.web.compare.CompareQuery;

/**
 * Reads a comparison from the query string, the same way for the compare page, {@code /api/compare}, the CSV and
 * the charts: {@code occupations} (2–10 codes or exact titles, comma-separated), {@code locations} (1–5 places,
 * default US), {@code reference} and {@code sections} (the configured ones when absent). Failures are 400s that
 * name the parameter. Stateless.
 */
public final class CompareParams {
    /** The longest list parameter accepted, in characters. */
    public static final int MAX_LIST_LENGTH = 1000;

    private CompareParams() {
    }

    /**
     * The comparison asked for.
     *
     * @param ctx the request, never null
     * @return the validated query, never null
     */
    public static CompareQuery query(Context ctx, Function<String, Location> places) {
        List<String> occupations = Params.list(bounded(ctx, "occupations"));
        if (occupations.isEmpty()) {
            throw Params.invalid("occupations", "is missing: give 2 to 10 O*NET-SOC codes, comma-separated, such as"
                    + " occupations=15-1252.00,15-1211.00.");
        }
        for (String item : occupations) {
            try {
                OccupationKey.parse(item);
            } catch (OccupationException e) {
                throw Params.invalid("occupations", "holds \"" + item + "\": " + e.getMessage());
            }
        }
        List<Location> asked = Params.places(bounded(ctx, "locations")).stream()
                .map(l -> Params.location("locations", l, places)).toList();
        Optional<String> reference = Optional.ofNullable(ctx.queryParam("reference")).map(String::strip)
                .filter(s -> !s.isEmpty());
        return new CompareQuery(occupations, asked.isEmpty() ? List.of(Location.NATIONAL) : asked, reference,
                List.of(), Params.sections(ctx));
    }

    private static String bounded(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value != null && value.length() > MAX_LIST_LENGTH) {
            throw Params.invalid(name, "is longer than " + MAX_LIST_LENGTH + " characters: compare fewer.");
        }
        return value == null ? "" : value;
    }
}
