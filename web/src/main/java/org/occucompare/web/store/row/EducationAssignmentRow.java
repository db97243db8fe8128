package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The BLS education and training assignments of an occupation (Employment Projections table 5.4, also in 1.2).
 *
 * @param socCode the Employment Projections matrix code
 * @param title the matrix title
 * @param entryEducation typical education needed for entry, such as "Bachelor's degree"
 * @param workExperience work experience in a related occupation, such as "None"
 * @param onTheJobTraining typical on-the-job training, such as "None"
 */
public record EducationAssignmentRow(String socCode, String title, Optional<String> entryEducation,
        Optional<String> workExperience, Optional<String> onTheJobTraining) implements StoreRow {
    public EducationAssignmentRow {
        requireNonNull(socCode, "socCode is null");
        requireNonNull(title, "title is null");
        requireNonNull(entryEducation, "entryEducation is null");
        requireNonNull(workExperience, "workExperience is null");
        requireNonNull(onTheJobTraining, "onTheJobTraining is null");
    }
}
