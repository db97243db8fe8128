package org.occucompare.web.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.occucompare.analytics.compare.ComparisonReport;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.Wages;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SourceVintage;
import org.occucompare.web.compare.UnavailableOccupation;
import org.occucompare.web.compare.UnknownOccupation;
import org.occucompare.web.json.ModelJson;

/**
 * The JSON export of a comparison: the query, the data sources with vintages, the app version, the citation, the
 * unknown inputs, each occupation's wages and projections as published (wage amounts state their kind), and the
 * analytics report. Written with {@link ModelJson}. Thread-safe.
 */
public final class JsonExport {
    private static final ObjectMapper JSON = ModelJson.create();

    private JsonExport() {
    }

    /**
     * The document.
     *
     * @param comparison the comparison, never null
     * @param appVersion the OccuCompare version, never null
     * @return the export, ready to serialize, never null
     */
    public static Document document(Comparison comparison, String appVersion) {
        requireNonNull(comparison, "comparison is null");
        Citation citation = Citation.of(comparison, appVersion);
        return new Document(comparison.query().describe(), comparison.query().occupations(),
                comparison.query().locations().stream().map(l -> l.key()).toList(), comparison.sources(),
                comparison.dataDescription(), "OccuCompare " + appVersion, citation.attributions(),
                citation.bibtex(), comparison.unknown(), comparison.unavailable(), comparison.occupations().stream()
                        .map(o -> new PublishedFigures(o.code(), o.title(), o.wages(), o.projections())).toList(),
                comparison.report(), comparison.placeNotes());
    }

    /**
     * The document as pretty-printed JSON.
     *
     * @param comparison the comparison, never null
     * @param appVersion the OccuCompare version, never null
     * @return the JSON text, never null
     */
    public static String toJson(Comparison comparison, String appVersion) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(comparison, appVersion));
        } catch (JsonProcessingException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "Could not write the comparison as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * The JSON export.
     *
     * @param query the query on one line
     * @param asked the occupations as asked
     * @param locations the place keys as asked
     * @param sources the data sets with vintages
     * @param data one line on the data in use
     * @param app the app and its version
     * @param cite the attributions the publishers ask for
     * @param bibtex BibTeX entries for the data and the app
     * @param unknown inputs that matched nothing, with suggestions
     * @param unavailable occupations that could not be fetched and are left out, with the reason
     * @param figures the published wages and projections per occupation
     * @param report the analytics report
     * @param places how each place below the state was resolved, and which OEWS years the wages compared are of
     *     when they differ
     */
    public record Document(String query, List<String> asked, List<String> locations,
            List<SourceVintage> sources, String data, String app, List<String> cite, String bibtex,
            List<UnknownOccupation> unknown, List<UnavailableOccupation> unavailable, List<PublishedFigures> figures,
            ComparisonReport report, List<String> places) {
        /** Copies. */
        public Document {
            asked = List.copyOf(asked);
            locations = List.copyOf(locations);
            sources = List.copyOf(sources);
            cite = List.copyOf(cite);
            unknown = List.copyOf(unknown);
            unavailable = List.copyOf(unavailable);
            figures = List.copyOf(figures);
            places = List.copyOf(places);
        }
    }

    /**
     * What the sources publish for one occupation.
     *
     * @param code the code
     * @param title the title
     * @param wages the OEWS wages of every place compared, or empty
     * @param projections the projections of every area compared, or empty
     */
    public record PublishedFigures(OccupationCode code, String title, Optional<Wages> wages,
            Optional<Projections> projections) {
    }
}
