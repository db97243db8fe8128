package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What it takes to enter an occupation, from BLS Employment Projections (for the SOC-level occupation) and O*NET
 * (job zone). Immutable and thread-safe.
 *
 * @param typicalEntryEducation typical education needed for entry, for example {@code 3} / {@code Bachelor's degree},
 *     or empty; never null
 * @param workExperience work experience in a related occupation, or empty; never null
 * @param onTheJobTraining typical on-the-job training, or empty; never null
 * @param attainment educational attainment of current workers in BLS order (least education first), never null; may
 *     be empty
 * @param matrixOccupation the Employment Projections matrix occupation the figures are for, or empty; never null
 * @param jobZone the O*NET job zone, 1–5, or empty; never null
 */
public record EducationTraining(Optional<CodedValue> typicalEntryEducation, Optional<CodedValue> workExperience,
        Optional<CodedValue> onTheJobTraining, List<AttainmentShare> attainment,
        Optional<SocReference> matrixOccupation, OptionalInt jobZone) {

    /** Validates and copies; throws {@link org.occucompare.core.OccupationException} for a job zone off 1–5. */
    public EducationTraining {
        requireNonNull(typicalEntryEducation, "typicalEntryEducation is null");
        requireNonNull(workExperience, "workExperience is null");
        requireNonNull(onTheJobTraining, "onTheJobTraining is null");
        attainment = List.copyOf(requireNonNull(attainment, "attainment is null"));
        requireNonNull(matrixOccupation, "matrixOccupation is null");
        Checks.range(jobZone, "jobZone", 1, 5);
    }
}
