package org.occucompare.web.places;

import java.util.Locale;
import org.occucompare.core.OccupationException;

/** Which places {@link OccupationPlaces} lists: the 50 states, DC and the territories, or the metro areas. */
public enum PlaceLevel {
    /** The states, DC, Guam, Puerto Rico and the Virgin Islands. */
    STATE,
    /** The metropolitan statistical areas. */
    METRO;

    /**
     * A level as typed, ignoring case.
     *
     * @param text {@code state} or {@code metro}, never null
     * @return the level, never null
     * @throws OccupationException {@code INVALID_INPUT} for anything else
     */
    public static PlaceLevel parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "state", "states" -> STATE;
            case "metro", "metros", "msa" -> METRO;
            default -> throw OccupationException.invalidInput("level \"" + text + "\" is not state or metro: use"
                    + " state (the states, DC and territories) or metro (the metropolitan areas).");
        };
    }

    /** The level as typed, such as {@code state}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
