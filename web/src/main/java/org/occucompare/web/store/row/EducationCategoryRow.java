package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * A category of an education, training or experience scale (O*NET
 * {@code Education, Training, and Experience Categories}), such as {@code RL} 6 "Bachelor's Degree".
 *
 * @param elementId the element id, such as {@code 2.D.1}
 * @param scaleId the scale id, such as {@code RL}
 * @param category the category number
 * @param description what the category means
 */
public record EducationCategoryRow(String elementId, String scaleId, int category, String description)
        implements StoreRow {
    public EducationCategoryRow {
        requireNonNull(elementId, "elementId is null");
        requireNonNull(scaleId, "scaleId is null");
        requireNonNull(description, "description is null");
    }
}
