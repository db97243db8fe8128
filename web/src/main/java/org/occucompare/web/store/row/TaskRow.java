package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A task statement of an O*NET occupation (O*NET {@code Task Statements}).
 *
 * @param code the O*NET-SOC code
 * @param taskId O*NET's task id
 * @param statement the task
 * @param taskType {@code Core} or {@code Supplemental}, when O*NET gives one
 */
public record TaskRow(String code, long taskId, String statement, Optional<String> taskType) implements StoreRow {
    public TaskRow {
        requireNonNull(code, "code is null");
        requireNonNull(statement, "statement is null");
        requireNonNull(taskType, "taskType is null");
    }
}
