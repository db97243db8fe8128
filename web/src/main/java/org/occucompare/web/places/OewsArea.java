package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.UsState;

/**
 * An OEWS area of the gazetteer. Immutable and thread-safe.
 *
 * @param code the BLS area code: five digits for a metropolitan area, seven for a nonmetropolitan area
 * @param name the BLS name, such as {@code Chicago-Naperville-Elgin, IL-IN}
 * @param states the states it lies in, the first being the first its name lists; never empty
 * @param metro true for a metropolitan statistical area, false for a BLS nonmetropolitan area
 */
public record OewsArea(String code, String name, List<UsState> states, boolean metro) {
    public OewsArea {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        states = List.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("area " + code + " lies in no state");
        }
    }

    /** The place whose wages are this area's. */
    public Location.Area location() {
        return new Location.Area(code);
    }

    /** The name and kind, such as {@code Chicago-Naperville-Elgin, IL-IN metro area}. */
    public String describe() {
        return metro ? name + " metro area" : name;
    }

    /** The state its wages are set beside: the state it lies in, or the first its name lists. */
    public UsState primaryState() {
        return states.get(0);
    }
}
