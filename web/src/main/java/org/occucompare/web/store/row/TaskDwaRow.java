package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * A link from an occupation's task to a detailed work activity (O*NET {@code Tasks to DWAs}).
 *
 * @param code the O*NET-SOC code
 * @param taskId the task id
 * @param dwaId the DWA id
 */
public record TaskDwaRow(String code, long taskId, String dwaId) implements StoreRow {
    public TaskDwaRow {
        requireNonNull(code, "code is null");
        requireNonNull(dwaId, "dwaId is null");
    }
}
