package org.occucompare.analytics.education;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.occucompare.core.model.CodedValue;
import org.occucompare.core.model.OccupationCode;

/**
 * One occupation's education and training. Immutable and thread-safe.
 *
 * @param code the occupation, never null
 * @param title its title, never null
 * @param typicalEntryEducation typical education needed for entry, or empty; never null
 * @param workExperience work experience in a related occupation, or empty; never null
 * @param onTheJobTraining typical on-the-job training, or empty; never null
 * @param jobZone the O*NET job zone (1 little preparation … 5 extensive), or empty; never null
 * @param attainmentPct the share of current workers at each level of {@link EducationComparison#levels()}, in
 *     percent, aligned with those levels; empty where not published; never null
 * @param notes what a reader should know, for example that the figures are the SOC group's; never null
 */
public record EducationProfile(OccupationCode code, String title, Optional<CodedValue> typicalEntryEducation,
        Optional<CodedValue> workExperience, Optional<CodedValue> onTheJobTraining, OptionalInt jobZone,
        List<OptionalDouble> attainmentPct, List<String> notes) {
    /** Rejects null and copies. */
    public EducationProfile {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        requireNonNull(typicalEntryEducation, "typicalEntryEducation is null");
        requireNonNull(workExperience, "workExperience is null");
        requireNonNull(onTheJobTraining, "onTheJobTraining is null");
        requireNonNull(jobZone, "jobZone is null");
        attainmentPct = List.copyOf(requireNonNull(attainmentPct, "attainmentPct is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
}
