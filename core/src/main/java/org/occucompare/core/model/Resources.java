package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Links and extras about an occupation: the Occupational Outlook Handbook, state LMI offices, career videos and
 * training programs. Immutable and thread-safe.
 *
 * @param occupationalOutlookHandbook the BLS Occupational Outlook Handbook page, or empty; never null
 * @param stateLmiLinks state labor market information links, never null; may be empty
 * @param careerVideoUrl the best-matching CareerOneStop video page, or empty; never null
 * @param videos career videos, never null; may be empty
 * @param trainingPrograms training programs, never null; may be empty
 */
public record Resources(Optional<Link> occupationalOutlookHandbook, List<StateLmiLink> stateLmiLinks,
        Optional<String> careerVideoUrl, List<CareerVideo> videos, List<TrainingProgram> trainingPrograms) {

    /** No resources at all. */
    public static final Resources NONE = new Resources(Optional.empty(), List.of(), Optional.empty(), List.of(),
            List.of());

    /** Rejects null and copies the lists. */
    public Resources {
        requireNonNull(occupationalOutlookHandbook, "occupationalOutlookHandbook is null");
        stateLmiLinks = List.copyOf(requireNonNull(stateLmiLinks, "stateLmiLinks is null"));
        requireNonNull(careerVideoUrl, "careerVideoUrl is null");
        videos = List.copyOf(requireNonNull(videos, "videos is null"));
        trainingPrograms = List.copyOf(requireNonNull(trainingPrograms, "trainingPrograms is null"));
    }
}
