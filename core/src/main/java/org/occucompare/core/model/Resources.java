package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Links and extras about an occupation: the Occupational Outlook Handbook pages, state LMI offices, career videos and
 * training programs. Immutable and thread-safe.
 *
 * @param outlookHandbooks the BLS Occupational Outlook Handbook pages, all of them in source order, never null; may
 *     be empty
 * @param stateLmiLinks state labor market information links, never null; may be empty
 * @param careerVideoUrl the best-matching CareerOneStop video page, or empty; never null
 * @param videos career videos, never null; may be empty
 * @param trainingPrograms training programs, never null; may be empty
 */
public record Resources(List<Link> outlookHandbooks, List<StateLmiLink> stateLmiLinks,
        Optional<String> careerVideoUrl, List<CareerVideo> videos, List<TrainingProgram> trainingPrograms) {

    /** No resources at all. */
    public static final Resources NONE = new Resources(List.of(), List.of(), Optional.empty(), List.of(), List.of());

    /** Rejects null and copies the lists. */
    public Resources {
        outlookHandbooks = List.copyOf(requireNonNull(outlookHandbooks, "outlookHandbooks is null"));
        stateLmiLinks = List.copyOf(requireNonNull(stateLmiLinks, "stateLmiLinks is null"));
        requireNonNull(careerVideoUrl, "careerVideoUrl is null");
        videos = List.copyOf(requireNonNull(videos, "videos is null"));
        trainingPrograms = List.copyOf(requireNonNull(trainingPrograms, "trainingPrograms is null"));
    }

    /**
     * The constructor of SPI 1.1, which held one handbook page at most; kept so code built against it still runs.
     *
     * @param occupationalOutlookHandbook the handbook page, or empty; never null
     * @param stateLmiLinks state labor market information links, never null
     * @param careerVideoUrl the best-matching video page, or empty; never null
     * @param videos career videos, never null
     * @param trainingPrograms training programs, never null
     * @deprecated since SPI 1.2: use the canonical constructor, which takes every handbook page
     */
    @Deprecated(since = "1.2")
    public Resources(Optional<Link> occupationalOutlookHandbook, List<StateLmiLink> stateLmiLinks,
            Optional<String> careerVideoUrl, List<CareerVideo> videos, List<TrainingProgram> trainingPrograms) {
        this(requireNonNull(occupationalOutlookHandbook, "occupationalOutlookHandbook is null").stream().toList(),
                stateLmiLinks, careerVideoUrl, videos, trainingPrograms);
    }

    /**
     * The first handbook page, as SPI 1.1 gave it.
     *
     * @return the first of {@link #outlookHandbooks()}, or empty; never null
     * @deprecated since SPI 1.2: use {@link #outlookHandbooks()}, which holds every page
     */
    @Deprecated(since = "1.2")
    public Optional<Link> occupationalOutlookHandbook() {
        return outlookHandbooks.stream().findFirst();
    }
}
