package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An alternate title of an O*NET occupation (O*NET {@code Alternate Titles}).
 *
 * @param code the O*NET-SOC code
 * @param title the alternate title
 * @param shortTitle O*NET's short form of the title, if it has one
 */
public record AlternateTitleRow(String code, String title, Optional<String> shortTitle) implements StoreRow {
    public AlternateTitleRow {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        requireNonNull(shortTitle, "shortTitle is null");
    }
}
