package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.RelatedOccupation;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.Task;
import org.occucompare.core.model.TechnologyCategory;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.WorkActivity;
import org.occucompare.web.chart.ChartKind;
import org.occucompare.web.chart.ChartRenderer;
import org.occucompare.web.chart.ProfileTable;
import org.occucompare.web.places.OewsArea;
import org.occucompare.web.places.ResolvedPlace;
import org.occucompare.web.store.OccupationStore;
import org.occucompare.web.ui.Cell;
import org.occucompare.web.ui.Formats;
import org.occucompare.web.ui.Frame;
import org.occucompare.web.ui.ProjectionLine;
import org.occucompare.web.ui.Shortlist;
import org.occucompare.web.ui.WageLine;

/**
 * The occupation page: everything the source holds for one occupation at one place, its similar occupations and a
 * "compare with…" action.
 *
 * @param frame the page frame, never null
 * @param occupation the occupation, never null
 * @param location the place asked for, never null
 * @param similar similar occupations, best first, each linking to a comparison with this one; never null
 * @param resolved how the place asked for was resolved (a city or ZIP code to its metro area, …), when it was;
 *     never null
 */
public record OccupationView(Frame frame, Occupation occupation, Location location, List<Link> similar,
        Optional<ResolvedPlace> resolved) {
    private static final int TOP = 10;
    private static final int FIRST_ITEMS = 8;
    private static final int FIRST_TITLES = 12;
    private static final int FIRST_CATEGORIES = 6;

    /** Validates and copies. */
    public OccupationView {
        requireNonNull(frame, "frame is null");
        requireNonNull(occupation, "occupation is null");
        requireNonNull(location, "location is null");
        similar = List.copyOf(requireNonNull(similar, "similar is null"));
        requireNonNull(resolved, "resolved is null");
    }

    /**
     * How the place was resolved ("Chicago, IL → Chicago-Naperville-Elgin, IL-IN metro area (…)"), when it is not
     * simply the nation or a state as typed.
     *
     * @return the note, never null
     */
    public Optional<String> placeNote() {
        return resolved.filter(r -> !r.isAsTyped()).map(ResolvedPlace::how);
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
        Section s = Section.valueOf(section);
        return !occupation.isRequested(s) && !OccupationStore.holds(s)
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
     * outlook, the typical entry education and the Bright Outlook flag; a figure the source lacks reads "n/a" with
     * the reason, a top-coded one is a lower bound.
     *
     * @return the pairs, in reading order; never null
     */
    public List<Map.Entry<String, Cell>> glance() {
        List<Map.Entry<String, Cell>> pairs = new ArrayList<>();
        // the wages of a city or ZIP code are its metro area's (or its state's)
        Location place = resolved.map(ResolvedPlace::place).orElse(location);
        Optional<WageEstimate> estimate = occupation.wages().flatMap(w -> w.find(place, RateType.ANNUAL));
        OptionalInt here = oewsYear(place);
        OptionalInt nation = oewsYear(Location.NATIONAL);
        // a metro area's newer OEWS file beside the nation's: each median names its year
        boolean mixed = here.isPresent() && nation.isPresent() && here.getAsInt() != nation.getAsInt();
        if (!(place instanceof Location.National)) {
            String name = estimate.map(WageEstimate::areaName).or(() -> resolved.flatMap(ResolvedPlace::area)
                    .map(OewsArea::name)).orElse(place.displayName());
            pairs.add(Map.entry("Median annual wage, " + name + (mixed ? " (May " + here.getAsInt() + ")" : ""),
                    Glance.median(occupation, place)));
        }
        pairs.add(Map.entry("Median annual wage, United States" + (mixed ? " (May " + nation.getAsInt() + ")" : ""),
                Glance.median(occupation, Location.NATIONAL)));
        pairs.add(Map.entry("Projected growth, United States", Glance.growth(occupation)));
        pairs.add(Map.entry("Typical entry education", Cell.plain(Glance.education(occupation))));
        pairs.add(Map.entry("Bright Outlook", Cell.plain(Glance.brightOutlook(occupation))));
        return pairs;
    }

    private OptionalInt oewsYear(Location place) {
        return occupation.wages().flatMap(w -> w.find(place, RateType.ANNUAL).map(e -> e.yearIn(w)))
                .orElse(OptionalInt.empty());
    }

    /** The skills, most important first, the first ten shown at once; never null. */
    public Shortlist<String> skills() {
        return rated(occupation.skills(), "skills");
    }

    /** The knowledge areas, most important first, the first ten shown at once; never null. */
    public Shortlist<String> knowledge() {
        return rated(occupation.knowledge(), "knowledge areas");
    }

    /** The abilities, most important first, the first ten shown at once; never null. */
    public Shortlist<String> abilities() {
        return rated(occupation.abilities(), "abilities");
    }

    /** The task statements, the first eight shown at once; never null. */
    public Shortlist<String> tasks() {
        return Shortlist.of(occupation.tasks().stream().map(Task::statement).toList(), FIRST_ITEMS, "tasks");
    }

    /** The detailed work activities, the first eight shown at once; never null. */
    public Shortlist<String> workActivities() {
        return Shortlist.of(occupation.workActivities().stream().map(WorkActivity::title).toList(), FIRST_ITEMS,
                "work activities");
    }

    /** The alternate titles, the first twelve shown at once; never null. */
    public Shortlist<String> alternateTitles() {
        return Shortlist.of(occupation.alternateTitles(), FIRST_TITLES, "titles");
    }

    /** The tool and technology categories, the first six shown at once; never null. */
    public Shortlist<TechnologyCategory> toolsAndTechnology() {
        return Shortlist.of(occupation.toolsAndTechnology(), FIRST_CATEGORIES, "categories");
    }

    /** A category's examples, each marked "(hot)" or "(in demand)" where the source says so; never null. */
    public static String examples(TechnologyCategory category) {
        return String.join(", ", category.examples().stream().map(e -> e.name() + (e.hotTechnology() ? " (hot)" : "")
                + (e.inDemand() ? " (in demand)" : "")).toList());
    }

    /** O*NET's related occupations, the first ten shown at once; never null. */
    public Shortlist<RelatedOccupation> relatedOccupations() {
        return Shortlist.of(occupation.relatedOccupations(), TOP, "related occupations");
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

    /**
     * The rated descriptors of a kind, most important first, as the pages show them.
     *
     * @param descriptors skills, knowledge areas or abilities; never null
     * @return the rated ones, most important first; never null
     */
    static List<Descriptor> ranked(List<Descriptor> descriptors) {
        return descriptors.stream().filter(Descriptor::isRated)
                .sorted(Comparator.comparingDouble((Descriptor d) -> d.importance().orElse(0)).reversed()).toList();
    }

    private static Shortlist<String> rated(List<Descriptor> descriptors, String noun) {
        return Shortlist.of(ranked(descriptors).stream().map(d -> d.name() + " (importance " + importance(d) + ")")
                .toList(), TOP, noun);
    }
}
