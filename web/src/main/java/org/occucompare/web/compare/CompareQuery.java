package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.OccupationKey;

/**
 * What to compare, validated: 2 to 10 occupations (1 is enough when several places are compared), each an
 * O*NET-SOC code, an exact title or a SOC code (which the comparison answers with the occupations under it); 1 to 5 distinct places; an optional reference occupation (added in front when it
 * is not among the occupations); and optional metric ids (none means every metric). Immutable and thread-safe.
 *
 * @param occupations codes or exact titles, as typed and stripped, distinct, never null
 * @param locations the places, distinct, never null
 * @param reference the occupation the others are measured against, or empty for the first; never null
 * @param metricIds the metrics to keep, or empty for all; never null
 * @param sections the sections to fetch (as {@code --sections} or {@code ?sections=} chose them), or empty for the
 *     configured default; never null
 */
public record CompareQuery(List<String> occupations, List<Location> locations, Optional<String> reference,
        List<String> metricIds, Optional<Set<Section>> sections) {
    /** The most occupations one comparison takes. */
    public static final int MAX_OCCUPATIONS = 10;
    /** The most places one comparison takes. */
    public static final int MAX_LOCATIONS = 5;

    private static final Pattern METRIC_ID = Pattern.compile("[a-z0-9-]+");

    /**
     * Validates and copies.
     *
     * @throws OccupationException {@code INVALID_INPUT} saying which input is wrong and what to do
     */
    public CompareQuery {
        requireNonNull(occupations, "occupations is null");
        requireNonNull(locations, "locations is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(metricIds, "metricIds is null");
        sections = requireNonNull(sections, "sections is null").map(Set::copyOf);
        occupations = distinct(occupations.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        reference = reference.map(String::strip).filter(s -> !s.isEmpty());
        if (reference.isPresent() && !occupations.contains(reference.get())) {
            List<String> withReference = new ArrayList<>(occupations);
            withReference.add(0, reference.get());
            occupations = List.copyOf(withReference);
        }
        locations = List.copyOf(locations);
        metricIds = distinct(metricIds.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (locations.isEmpty() || locations.size() > MAX_LOCATIONS) {
            throw OccupationException.invalidInput("Compare 1 to " + MAX_LOCATIONS + " places, not "
                    + locations.size() + ": give each place once, such as US, CA or \"Chicago, IL\".");
        }
        if (new HashSet<>(locations).size() != locations.size()) {
            throw OccupationException.invalidInput("A place is given twice (" + locations.stream()
                    .map(Location::key).collect(Collectors.joining(", ")) + "): give each place once.");
        }
        // one occupation across places: several places, or one below the state, which brings its state and the nation
        int least = locations.size() > 1 || locations.stream().anyMatch(l -> l instanceof Location.Area
                || l instanceof Location.City || l instanceof Location.ZipCode) ? 1 : 2;
        if (occupations.size() < least || occupations.size() > MAX_OCCUPATIONS) {
            throw OccupationException.invalidInput("Compare " + least + " to " + MAX_OCCUPATIONS
                    + " occupations, not " + occupations.size() + (occupations.size() < least
                            ? ": add an occupation, or add a second place to compare one occupation across places."
                            : ": remove some."));
        }
        occupations.forEach(OccupationKey::parse); // rejects malformed codes now, with what to send instead
        for (String id : metricIds) {
            if (!METRIC_ID.matcher(id).matches()) {
                throw OccupationException.invalidInput("\"" + id + "\" is not a metric id: ids are lower-case"
                        + " letters, digits and dashes, such as median-wage; list them with occucompare compare"
                        + " --help or /api/metrics.");
            }
        }
    }

    /**
     * A query with the configured default sections.
     *
     * @param occupations codes or exact titles, never null
     * @param locations the places, never null
     * @param reference the reference occupation, or empty; never null
     * @param metricIds the metrics to keep, or empty for all; never null
     * @throws OccupationException {@code INVALID_INPUT} as the canonical constructor
     */
    public CompareQuery(List<String> occupations, List<Location> locations, Optional<String> reference,
            List<String> metricIds) {
        this(occupations, locations, reference, metricIds, Optional.empty());
    }

    /**
     * A copy that fetches these sections.
     *
     * @param chosen the sections, such as {@link Section#parseList} reads them; never null
     * @return the copy, never null
     */
    public CompareQuery withSections(Set<Section> chosen) {
        return new CompareQuery(occupations, locations, reference, metricIds, Optional.of(chosen));
    }

    /**
     * A query from text as typed on the command line or in a URL.
     *
     * @param occupations codes or exact titles, never null
     * @param locations places such as {@code US}, {@code CA}, {@code California}; empty means the nation; never null
     * @param reference the reference occupation, or empty; never null
     * @param metricIds metric ids, or empty for all; never null
     * @return the query, never null
     * @throws OccupationException {@code INVALID_INPUT} for a bad place or count
     */
    public static CompareQuery parse(List<String> occupations, List<String> locations, Optional<String> reference,
            List<String> metricIds) {
        return parse(occupations, locations, reference, metricIds, Location::parse);
    }

    /**
     * A query from text, with places read by a gazetteer (area codes and names too).
     *
     * @param occupations codes or exact titles, never null
     * @param locations places as typed; empty means the nation; never null
     * @param reference the reference occupation, or empty; never null
     * @param metricIds metric ids, or empty for all; never null
     * @param places reads one place, such as {@link CompareService#place}; never null
     * @return the query, never null
     * @throws OccupationException {@code INVALID_INPUT} for a bad place or count
     */
    public static CompareQuery parse(List<String> occupations, List<String> locations, Optional<String> reference,
            List<String> metricIds, Function<String, Location> places) {
        List<Location> parsed = locations.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(places).toList();
        return new CompareQuery(occupations, parsed.isEmpty() ? List.of(Location.NATIONAL) : parsed, reference,
                metricIds);
    }

    /** The occupations as lookup keys, in order; never null. */
    public List<OccupationKey> keys() {
        return occupations.stream().map(OccupationKey::parse).toList();
    }

    /** One line stating the query, such as {@code occupations=29-1141.00,29-2061.00; locations=US,CA}. */
    public String describe() {
        return "occupations=" + String.join(",", occupations) + "; locations=" + locations.stream()
                .map(Location::key).collect(Collectors.joining(",")) + reference.map(r -> "; reference=" + r)
                .orElse("") + (metricIds.isEmpty() ? "" : "; metrics=" + String.join(",", metricIds))
                + sections.map(s -> "; sections=" + s.stream().sorted().map(Section::id)
                        .collect(Collectors.joining(","))).orElse("");
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
