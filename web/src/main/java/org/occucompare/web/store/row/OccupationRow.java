package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * An O*NET-SOC occupation (O*NET {@code Occupation Data}).
 *
 * @param code the O*NET-SOC code, {@code NN-NNNN.NN}
 * @param socCode the 6-digit SOC code the occupation belongs to, {@code NN-NNNN}
 * @param title the O*NET title
 * @param description the O*NET description
 */
public record OccupationRow(String code, String socCode, String title, String description) implements StoreRow {
    public OccupationRow {
        requireNonNull(code, "code is null");
        requireNonNull(socCode, "socCode is null");
        requireNonNull(title, "title is null");
        requireNonNull(description, "description is null");
    }

    /** Whether the occupation takes wages and projections from its SOC: every code but {@code NN-NNNN.00}. */
    public boolean inheritsSoc() {
        return !code.endsWith(".00");
    }

    /** The 6-digit SOC code of an O*NET-SOC code: {@code 29-1141.01} gives {@code 29-1141}. */
    public static String socOf(String onetCode) {
        return onetCode.length() > 7 ? onetCode.substring(0, 7) : onetCode;
    }
}
