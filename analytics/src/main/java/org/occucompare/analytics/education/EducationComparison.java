package org.occucompare.analytics.education;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.occucompare.core.model.AttainmentShare;
import org.occucompare.core.model.EducationTraining;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Section;

/**
 * Education and training of several occupations side by side, with the attainment distributions aligned on one list
 * of education levels (in the sources' order, least education first). Immutable and thread-safe.
 *
 * @param levels the education levels, in order, never null
 * @param profiles one profile per occupation, in input order, never null
 */
public record EducationComparison(List<String> levels, List<EducationProfile> profiles) {
    /** Rejects null and copies. */
    public EducationComparison {
        levels = List.copyOf(requireNonNull(levels, "levels is null"));
        profiles = List.copyOf(requireNonNull(profiles, "profiles is null"));
    }

    /**
     * Lines occupations up side by side.
     *
     * @param occupations the occupations, never null
     * @return the comparison, never null
     */
    public static EducationComparison of(List<Occupation> occupations) {
        requireNonNull(occupations, "occupations is null");
        Set<String> levels = new LinkedHashSet<>();
        occupations.forEach(o -> o.education().ifPresent(e -> e.attainment().forEach(a -> levels.add(a.level()))));
        List<String> ordered = List.copyOf(levels);
        List<EducationProfile> profiles = new ArrayList<>();
        for (Occupation o : occupations) {
            profiles.add(profile(o, ordered));
        }
        return new EducationComparison(ordered, profiles);
    }

    private static EducationProfile profile(Occupation o, List<String> levels) {
        List<String> notes = new ArrayList<>();
        if (o.education().isEmpty()) {
            notes.add(o.isRequested(Section.TRAINING) ? "the source has no education data for " + o.code()
                    : "education for " + o.code() + " was not requested");
            List<OptionalDouble> none = levels.stream().map(l -> OptionalDouble.empty()).toList();
            return new EducationProfile(o.code(), o.title(), Optional.empty(), Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), none, notes);
        }
        EducationTraining e = o.education().get();
        e.matrixOccupation().filter(m -> !o.code().isSocLevel()).ifPresent(m -> notes.add("typical education,"
                + " experience, training and attainment are BLS figures for " + m.code() + " " + m.title()
                + ", shared by its O*NET detailed occupations"));
        List<OptionalDouble> shares = new ArrayList<>();
        for (String level : levels) {
            shares.add(e.attainment().stream().filter(a -> a.level().equals(level)).findFirst()
                    .map(AttainmentShare::percent).orElse(OptionalDouble.empty()));
        }
        return new EducationProfile(o.code(), o.title(), e.typicalEntryEducation(), e.workExperience(),
                e.onTheJobTraining(), e.jobZone(), shares, notes);
    }
}
