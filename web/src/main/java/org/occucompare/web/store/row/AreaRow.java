package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * One OEWS area of the gazetteer: a metropolitan statistical area or a BLS nonmetropolitan area, with the states it
 * lies in.
 *
 * @param code the BLS area code: five digits for a metro ({@code 16980}), seven for a nonmetro area
 *     ({@code 1700004})
 * @param name the BLS name, such as {@code Chicago-Naperville-Elgin, IL-IN}
 * @param states the postal codes of its states, comma-separated, such as {@code IL,IN}
 * @param kind {@code metro} or {@code nonmetro}
 */
public record AreaRow(String code, String name, String states, String kind) implements StoreRow {
    public AreaRow {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(states, "states is null");
        requireNonNull(kind, "kind is null");
    }
}
