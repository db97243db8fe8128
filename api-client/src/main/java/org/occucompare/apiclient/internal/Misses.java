package org.occucompare.apiclient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.occucompare.apiclient.LookupResult;
import org.occucompare.apiclient.internal.json.ErrorBodyJson;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.source.OccupationKey;

/** Builds the answer for a miss: why nothing was found, and what to try instead. */
public final class Misses {
    private static final int SUGGESTIONS = 5;

    private final OnetCatalog catalog;

    /**
     * Creates the helper.
     *
     * @param catalog the O*NET list suggestions come from
     */
    public Misses(OnetCatalog catalog) {
        this.catalog = catalog;
    }

    /** A bare SOC code ({@code 29-1141}): CareerOneStop answers 404, so the O*NET codes under it are listed. */
    public LookupResult bareSoc(String soc) {
        List<OccupationSummary> under = catalog.under(soc).stream().map(Misses::summary).toList();
        String explanation = under.isEmpty()
                ? "'" + soc + "' is a SOC code and O*NET has no occupation under it (BLS publishes some codes, such as "
                        + "21-1018, only as aggregates): search by title instead."
                : "'" + soc + "' is a SOC code; CareerOneStop needs an O*NET code: " + list(under) + ".";
        return new LookupResult(Optional.empty(), Optional.empty(), under, explanation);
    }

    /** CareerOneStop has no such occupation: its suggestion first, then similar entries of the O*NET list. */
    public LookupResult notFound(OccupationKey key, Location location, ErrorBodyJson hints) {
        String keyword = OccupationRequest.keyword(key);
        Optional<String> didYouMean = Texts.text(hints.didYouMean());
        List<OccupationSummary> suggestions = new ArrayList<>();
        didYouMean.flatMap(dym -> catalog.byTitle(dym).or(() -> catalog.byCode(dym))).map(Misses::summary)
                .ifPresent(suggestions::add);
        List<CatalogEntry> similar = key instanceof OccupationKey.Code code
                ? catalog.under(code.code().soc().value())
                : catalog.search(keyword, SUGGESTIONS);
        similar.stream().map(Misses::summary)
                .filter(s -> !suggestions.contains(s) && !s.code().value().equals(keyword))
                .limit(SUGGESTIONS)
                .forEach(suggestions::add);
        StringBuilder explanation = new StringBuilder("CareerOneStop has no occupation '").append(keyword).append("'");
        if (!(location instanceof Location.National)) {
            explanation.append(" for ").append(location.displayName());
        }
        didYouMean.ifPresent(dym -> explanation.append("; did you mean '").append(dym).append("'?"));
        explanation.append(suggestions.isEmpty()
                ? ". Use an O*NET code such as 29-1141.00 or an exact O*NET title such as Registered Nurses."
                : (didYouMean.isPresent() ? " Try " : ". Try ") + list(suggestions) + ".");
        return new LookupResult(Optional.empty(), didYouMean, suggestions, explanation.toString());
    }

    private static String list(List<OccupationSummary> summaries) {
        return summaries.stream().map(s -> s.code() + " (" + s.title() + ")").collect(Collectors.joining(", "));
    }

    private static OccupationSummary summary(CatalogEntry entry) {
        return new OccupationSummary(OccupationCode.parse(entry.code()), entry.title(), Optional.empty());
    }
}
