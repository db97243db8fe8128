package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.UsState;
import org.occucompare.core.spi.Bound;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.web.chart.ChartKind;
import org.occucompare.web.chart.ChartRenderer;
import org.occucompare.web.chart.ProfileTable;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.places.OewsArea;
import org.occucompare.web.export.Citation;
import org.occucompare.web.ui.Formats;
import org.occucompare.web.ui.Frame;
import org.occucompare.web.ui.ProjectionLine;
import org.occucompare.web.ui.Shortlist;
import org.occucompare.web.ui.WageLine;

/**
 * The compare page: the selection (as links that change the URL), unknown inputs with suggestions, and the
 * comparison side by side with its charts, each beside its data table.
 *
 * @param frame the page frame, never null
 * @param comparison the comparison, never null
 * @param state the selection as the URL holds it, never null
 * @param areas the OEWS areas a place search offers, by name and code; never null
 */
public record ComparePageView(Frame frame, Comparison comparison, CompareState state, List<OewsArea> areas) {
    private static final int TOP = 5;

    /** Validates. */
    public ComparePageView {
        requireNonNull(frame, "frame is null");
        requireNonNull(comparison, "comparison is null");
        requireNonNull(state, "state is null");
        areas = List.copyOf(areas);
    }

    /** The occupations compared, reference first as the report has it; never null. */
    public List<Occupation> occupations() {
        return comparison.occupations();
    }

    /** The occupations as chips with remove and make-reference links, never null. */
    public List<Chip> occupationChips() {
        String reference = comparison.report().reference().value();
        return occupations().stream().map(o -> new Chip(o.title() + " (" + o.code().value() + ")",
                state.withoutOccupation(o.code().value()), o.code().value().equals(reference) ? Optional.empty()
                        : Optional.of(state.withReference(o.code().value())), o.code().value().equals(reference)))
                .toList();
    }

    /** The places as asked, as chips with remove links (an area's state and the nation come with it), never null. */
    public List<Chip> locationChips() {
        return comparison.query().locations().stream().map(l -> new Chip(l.displayName() + " (" + l.key() + ")",
                state.withoutLocation(l.key()), Optional.empty(), false)).toList();
    }

    /** Places that can be added: the nation and the states not yet compared; never null. */
    public List<Location> addableLocations() {
        List<Location> all = new ArrayList<>();
        all.add(Location.NATIONAL);
        Arrays.stream(UsState.values()).map(Location.State::new).forEach(all::add);
        return all.stream().filter(l -> !comparison.report().locations().contains(l)).toList();
    }

    /** Annual and hourly wage rows at the places compared, never null. */
    public List<WageLine> wages(String rate) {
        RateType type = RateType.valueOf(rate);
        List<Location> places = comparison.report().locations();
        return WageLine.of(occupations(), true, e -> e.rateType() == type && places.contains(e.area()));
    }

    /** Projection rows, never null. */
    public List<ProjectionLine> projections() {
        List<ProjectionLine> lines = new ArrayList<>();
        occupations().forEach(o -> lines.addAll(ProjectionLine.of(o, true)));
        return lines;
    }

    /** The skills of an occupation, most important first, the first five shown at once; never null. */
    public Shortlist<String> skills(Occupation o) {
        return top(o.skills(), "skills");
    }

    /** The knowledge areas of an occupation, most important first, the first five shown at once; never null. */
    public Shortlist<String> knowledge(Occupation o) {
        return top(o.knowledge(), "knowledge areas");
    }

    /**
     * The source and vintage of a section of a compared occupation, for a {@code title} attribute.
     *
     * @param code the occupation, never null
     * @param section a {@link Section} name, never null
     * @return "Source: …, vintage", never null
     */
    public String source(OccupationCode code, String section) {
        return Formats.source(comparison.find(code).flatMap(o -> o.provenance(Section.valueOf(section))));
    }

    /** The title of a compared occupation by code, or the code; never null. */
    public String title(OccupationCode code) {
        return comparison.find(code).map(Occupation::title).orElse(code.value());
    }

    /** A metric's values for an occupation as text (per place where they depend on it), or "n/a"; never null. */
    public String metricValue(MetricOutcome outcome, Occupation o) {
        List<String> cells = outcome.result().values().stream().filter(v -> v.code().equals(o.code()))
                .map(ComparePageView::metricCell).toList();
        return cells.isEmpty() ? "n/a" : String.join("; ", cells);
    }

    private static String metricCell(MetricValue v) {
        String place = v.location().map(l -> l.key() + ": ").orElse("");
        if (v.value().isEmpty()) {
            return place + "n/a" + (v.notes().isEmpty() ? "" : " (" + String.join("; ", v.notes()) + ")");
        }
        String bound = v.bound() == Bound.AT_LEAST ? "≥ " : v.bound() == Bound.AT_MOST ? "≤ " : "";
        return place + bound + Formats.number(v.value().getAsDouble());
    }

    /** How to cite the data of this comparison: the publishers' attribution lines, never null. */
    public List<String> citations() {
        return Citation.of(comparison, frame.version()).attributions();
    }

    /**
     * The table a profile chart of the compared occupations draws, such as their interest scores side by side.
     *
     * @param kind a profile chart kind id, such as {@code interests}; never null
     * @return the table, never null
     */
    public ProfileTable profile(String kind) {
        return ChartRenderer.table(occupations(), ChartKind.parse(kind));
    }

    /**
     * The places of the summary at a glance: those compared, then the nation when it is not among them.
     *
     * @return the places, never null or empty
     */
    public List<Location> glancePlaces() {
        List<Location> places = new ArrayList<>(comparison.report().locations());
        if (!places.contains(Location.NATIONAL)) {
            places.add(Location.NATIONAL);
        }
        return places;
    }

    /** A place's name for a column heading, as the tables and charts give it; never null. */
    public String placeName(Location place) {
        return comparison.placeName(place);
    }

    /**
     * The comparison at a glance, one row per occupation in the report's order: the median annual wage at each of
     * {@link #glancePlaces()}, the national outlook, the typical entry education and the Bright Outlook flag.
     *
     * @return the rows, never null
     */
    public List<GlanceRow> glance() {
        List<Location> places = glancePlaces();
        return occupations().stream().map(o -> new GlanceRow(
                new Link(o.title(), "/occupations/" + o.code().value()),
                places.stream().map(p -> Glance.median(o, p)).toList(), Glance.growth(o), Glance.education(o),
                Glance.brightOutlook(o))).toList();
    }

    /**
     * A chart of the comparison, shown beside its data table in the section it belongs to.
     *
     * @param kind a {@link ChartKind} id, such as {@code wages}; never null
     * @param table the caption of the data table beside it, for the image's text alternative; never null
     * @return the chart with its downloads, never null
     */
    public ChartPanel chart(String kind, String table) {
        ChartKind k = ChartKind.parse(kind);
        return new ChartPanel(k.id(), k.displayName(), k.displayName() + " chart; the same figures are in the table "
                + "“" + table + "” beside it.", state.query());
    }

    private static Shortlist<String> top(List<Descriptor> descriptors, String noun) {
        return Shortlist.of(OccupationView.ranked(descriptors).stream()
                .map(d -> d.name() + " (" + OccupationView.importance(d) + ")").toList(), TOP, noun);
    }
}
