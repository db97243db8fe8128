package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * A detailed work activity (O*NET {@code DWA Reference}).
 *
 * @param dwaId the DWA id, such as {@code 4.A.1.a.1.I01.D01}
 * @param iwaId the intermediate work activity it belongs to
 * @param elementId the generalized work activity (content model element) it belongs to
 * @param title the DWA title
 */
public record DwaRow(String dwaId, String iwaId, String elementId, String title) implements StoreRow {
    public DwaRow {
        requireNonNull(dwaId, "dwaId is null");
        requireNonNull(iwaId, "iwaId is null");
        requireNonNull(elementId, "elementId is null");
        requireNonNull(title, "title is null");
    }
}
