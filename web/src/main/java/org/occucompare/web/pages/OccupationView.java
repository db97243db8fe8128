package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.chart.ChartKind;
import org.occucompare.web.chart.ChartRenderer;
import org.occucompare.web.chart.ProfileTable;
import org.occucompare.web.ui.Formats;
import org.occucompare.web.ui.Frame;
import org.occucompare.web.ui.ProjectionLine;
import org.occucompare.web.ui.WageLine;

/**
 * The occupation page: everything the source holds for one occupation at one place, its similar occupations and a
 * "compare with…" action.
 *
 * @param frame the page frame, never null
 * @param occupation the occupation, never null
 * @param location the place asked for, never null
 * @param similar similar occupations, best first, each linking to a comparison with this one; never null
 * @param placeNote how the place was resolved ("Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area (…)"),
 *     when it is not simply the nation or a state; never null
 */
public record OccupationView(Frame frame, Occupation occupation, Location location, List<Link> similar,
        Optional<String> placeNote) {
    private static final int TOP = 10;

    /** A view of a place that needs no note. */
    public OccupationView(Frame frame, Occupation occupation, Location location, List<Link> similar) {
        this(frame, occupation, location, similar, Optional.empty());
    }

    /** Validates and copies. */
    public OccupationView {
        requireNonNull(frame, "frame is null");
        requireNonNull(occupation, "occupation is null");
        requireNonNull(location, "location is null");
        similar = List.copyOf(requireNonNull(similar, "similar is null"));
        requireNonNull(placeNote, "placeNote is null");
    }

    /** The wage rows, never null. */
    public List<WageLine> wages() {
        return WageLine.of(occupation, false);
    }

    /** The SOC group whose wages this occupation shows, when inherited. */
    public Optional<String> inheritedFrom() {
        return WageLine.inheritedFrom(occupation);
    }

    /** The projection rows, never null. */
    public List<ProjectionLine> projections() {
        return ProjectionLine.of(occupation, false);
    }

    /**
     * The projections matrix occupation the projections are for, such as {@code 13-1020 Buyers and purchasing agents},
     * when the matrix publishes this occupation only inside it; empty otherwise.
     */
    public Optional<String> projectionAggregate() {
        return occupation.projections().filter(p -> occupation.soc().map(soc -> p.isAggregateOf(soc.code()))
                .orElse(false)).map(p -> p.matrixCode().orElseThrow() + p.matrixTitle().map(t -> " " + t).orElse(""));
    }

    /**
     * Whether a section only the CareerOneStop API has is missing because the local store answered: the page then
     * says it is "available with a CareerOneStop token" instead of hiding it.
     *
     * @param section a {@link Section} name, such as {@code VIDEOS}
     */
    public boolean needsToken(String section) {
        return !occupation.isRequested(Section.valueOf(section))
                && occupation.retrieval().via() != SourceKind.CAREERONESTOP;
    }

    /**
     * The table a profile chart of this occupation draws (industries, attainment, interests), when the page shows
     * it: the section was asked for, or only the CareerOneStop API has it and the page says so.
     *
     * @param kind a profile chart kind id, such as {@code interests}; never null
     * @return the table, or empty when the section was left out on purpose; never null
     */
    public Optional<ProfileTable> profile(String kind) {
        ChartKind chart = ChartKind.parse(kind);
        Section section = chart.profileSection().orElseThrow();
        if (!occupation.isRequested(section) && !needsToken(section.name())) {
            return Optional.empty();
        }
        return Optional.of(ChartRenderer.table(List.of(occupation), chart));
    }

    /**
     * The page at a glance, each a label and its value: the median annual wage here and in the nation, the national
     * outlook, the typical entry education and the Bright Outlook flag; a figure the source lacks reads "n/a".
     *
     * @return the pairs, in reading order; never null
     */
    public List<Map.Entry<String, String>> glance() {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        var wages = occupation.wages();
        if (!(location instanceof Location.National)) {
            pairs.add(Map.entry("Median annual wage, " + location.displayName(), wages
                    .flatMap(w -> w.find(location, RateType.ANNUAL)).map(e -> Formats.wage(e.median()))
                    .orElse("n/a")));
        }
        pairs.add(Map.entry("Median annual wage, United States", wages.flatMap(w -> w.national(RateType.ANNUAL))
                .map(e -> Formats.wage(e.median())).orElse("n/a")));
        pairs.add(Map.entry("Projected growth, United States", occupation.projections()
                .flatMap(p -> p.national()).map(r -> r.round().label() + ": " + Formats.percent(r.percentChange()))
                .orElse("n/a")));
        pairs.add(Map.entry("Typical entry education", occupation.education()
                .flatMap(e -> e.typicalEntryEducation()).map(v -> v.title()).orElse("n/a")));
        pairs.add(Map.entry("Bright Outlook", occupation.brightOutlook().map(b -> b.bright() ? "yes" : "no")
                .orElse("n/a")));
        return pairs;
    }

    /** The most important skills, never null. */
    public List<Descriptor> topSkills() {
        return top(occupation.skills());
    }

    /** The most important knowledge areas, never null. */
    public List<Descriptor> topKnowledge() {
        return top(occupation.knowledge());
    }

    /** The most important abilities, never null. */
    public List<Descriptor> topAbilities() {
        return top(occupation.abilities());
    }

    /** The source and vintage of a section, never null. */
    public String source(String section) {
        return Formats.source(occupation.provenance(Section.valueOf(section)));
    }

    /** A comparison of this occupation with another, at this place. */
    public String compareWith(String otherCode) {
        return CompareLinks.of(List.of(occupation.code().value(), otherCode), List.of(location.key()),
                occupation.code().value());
    }

    /** Importance (1–5) as text, or "n/a". */
    public static String importance(Descriptor d) {
        return d.importance().isPresent() ? Formats.number(d.importance().getAsDouble()) : "n/a";
    }

    private static List<Descriptor> top(List<Descriptor> descriptors) {
        return descriptors.stream().filter(Descriptor::isRated)
                .sorted(Comparator.comparingDouble((Descriptor d) -> d.importance().orElse(0)).reversed())
                .limit(TOP).toList();
    }
}
