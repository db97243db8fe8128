package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * A rating scale (O*NET {@code Scales Reference}), such as {@code IM} Importance 1–5.
 *
 * @param scaleId the scale id
 * @param name the scale name
 * @param minimum the lowest value on the scale
 * @param maximum the highest value on the scale
 */
public record ScaleRow(String scaleId, String name, double minimum, double maximum) implements StoreRow {
    public ScaleRow {
        requireNonNull(scaleId, "scaleId is null");
        requireNonNull(name, "name is null");
    }
}
