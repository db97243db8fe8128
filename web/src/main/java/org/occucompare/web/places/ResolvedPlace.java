package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.UsState;

/**
 * A place as the user gave it and what answers it. Immutable and thread-safe.
 *
 * @param asked the place as given, such as {@code Chicago, IL}, never null
 * @param request the place to ask a data source for: a metro area is asked for as its first title city (CareerOneStop
 *     takes cities, not area codes), anything else as given; never null
 * @param place where the wages are looked up: a BLS area, a state or the nation; never null
 * @param area the OEWS area, when one answers; never null
 * @param how one sentence saying how the place was resolved, such as {@code Chicago, IL → Chicago-Naperville-Elgin,
 *     IL-IN metro area (a city named in its title)}; never null
 */
public record ResolvedPlace(String asked, Location request, Location place, Optional<OewsArea> area, String how) {
    public ResolvedPlace {
        requireNonNull(asked, "asked is null");
        requireNonNull(request, "request is null");
        requireNonNull(place, "place is null");
        requireNonNull(area, "area is null");
        requireNonNull(how, "how is null");
    }

    /**
     * The state set beside the place: its own; for an area, the state asked about when the area lies in it (a ZIP code
     * or city in the Indiana part of Chicago's area is set beside Indiana), else the area's first; empty for the
     * nation.
     */
    public Optional<UsState> state() {
        Optional<UsState> asked = request.usState();
        return area.map(a -> asked.filter(a.states()::contains).orElse(a.primaryState())).or(place::usState)
                .or(() -> asked);
    }

    /** The place ladder: the place, its state (when the place is below the state) and the nation, distinct. */
    public List<Location> ladder() {
        List<Location> ladder = new ArrayList<>();
        ladder.add(place);
        state().map(Location.State::new).filter(s -> !s.equals(place)).ifPresent(ladder::add);
        if (!place.equals(Location.NATIONAL)) {
            ladder.add(Location.NATIONAL);
        }
        return List.copyOf(ladder);
    }

    /** Whether the place is what was asked for, with nothing to explain (the nation, a state). */
    public boolean isAsTyped() {
        return request.equals(place) && area.isEmpty();
    }
}
