package org.occucompare.core.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Section;

/**
 * A real, minimal source over a few titles: search finds titles by words or codes by their start, as the store and
 * the CareerOneStop client do; {@code fetch} finds nothing, so every key is a miss. Counts the searches.
 */
final class SampleSource implements OccupationSource {
    private final Map<String, String> titles = new LinkedHashMap<>();
    final List<String> searches = new ArrayList<>();
    private boolean failing;

    SampleSource(String... codesAndTitles) {
        for (int i = 0; i < codesAndTitles.length; i += 2) {
            titles.put(codesAndTitles[i], codesAndTitles[i + 1]);
        }
    }

    /** The source's searches fail from now on, as a database that went away would. */
    SampleSource failing() {
        failing = true;
        return this;
    }

    @Override
    public Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections,
            Freshness freshness) {
        return new Lookup(Map.of(), keys.stream().map(k -> Suggestions.miss(k, this, Optional.empty())).toList());
    }

    @Override
    public List<OccupationSummary> search(String words, int limit) {
        searches.add(words);
        if (failing) {
            throw new OccupationException(org.occucompare.core.ErrorKind.UPSTREAM, "the sample is gone");
        }
        String lower = words.toLowerCase(Locale.ROOT);
        return titles.entrySet().stream()
                .filter(e -> e.getKey().startsWith(words) || e.getValue().toLowerCase(Locale.ROOT).contains(lower))
                .limit(limit)
                .map(e -> new OccupationSummary(OccupationCode.parse(e.getKey()), e.getValue(), Optional.empty()))
                .toList();
    }

    @Override
    public String describe() {
        return "the sample source";
    }
}
