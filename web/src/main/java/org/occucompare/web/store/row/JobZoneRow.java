package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * The job zone (1–5, the preparation an occupation needs) of an occupation (O*NET {@code Job Zones}).
 *
 * @param code the O*NET-SOC code
 * @param jobZone the job zone, 1–5
 */
public record JobZoneRow(String code, int jobZone) implements StoreRow {
    public JobZoneRow {
        requireNonNull(code, "code is null");
    }
}
