package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.SocCode;

/**
 * The one place that says what to try instead of a key that matched nothing, from the source's own
 * {@link OccupationSource#search search}: the source's own suggestion first (CareerOneStop's {@code DidYouMean}); for a
 * code, the occupations of its SOC detailed code, else of its broad group ({@code NN-NNN}), minor group
 * ({@code NN-N}) or major group ({@code NN}), the first that holds any; for a title, a title search; for a SOC code,
 * the O*NET occupations under it. A failing search suggests nothing (and logs why) rather than hiding the miss.
 * Stateless.
 */
public final class Suggestions {
    /** The most suggestions a miss carries; a SOC code lists every occupation under it. */
    public static final int LIMIT = 5;
    /** More than any SOC code holds (29-1141 holds five). */
    private static final int UNDER_SOC = 50;
    private static final System.Logger LOG = System.getLogger(Suggestions.class.getName());

    private Suggestions() {
    }

    /**
     * The miss of a key that gave no occupation.
     *
     * @param key the key, never null
     * @param source the source that was asked; its search gives the suggestions and its description names it; never
     *     null
     * @param didYouMean the source's own suggestion, a title or a code, or empty; never null
     * @return a {@link Miss.Kind#TOO_BROAD} miss for a SOC code, else a {@link Miss.Kind#NOT_FOUND} one; never null
     */
    public static Miss miss(OccupationKey key, OccupationSource source, Optional<String> didYouMean) {
        requireNonNull(key, "key is null");
        requireNonNull(source, "source is null");
        requireNonNull(didYouMean, "didYouMean is null");
        if (key instanceof OccupationKey.Soc soc) {
            List<OccupationSummary> under = search(source, soc.soc().value(), UNDER_SOC).stream()
                    .filter(s -> s.code().soc().equals(soc.soc())).toList();
            String reason = under.isEmpty()
                    ? soc.soc() + " is a SOC code, and no O*NET occupation under it is known in " + source.describe()
                            + " (BLS publishes some codes, such as 21-1018, only as aggregates): search by title"
                            + " instead"
                    : soc.soc() + " is a SOC code, which O*NET divides into occupations";
            return new Miss(key, Miss.Kind.TOO_BROAD, reason, Optional.empty(), under, Optional.empty());
        }
        List<OccupationSummary> suggestions = new ArrayList<>();
        didYouMean.flatMap(dym -> search(source, dym, LIMIT).stream()
                .filter(s -> s.title().equalsIgnoreCase(dym) || s.code().value().equals(dym)).findFirst())
                .ifPresent(suggestions::add);
        for (OccupationSummary s : similar(key, source)) {
            if (suggestions.size() < LIMIT && !suggestions.contains(s)
                    && !(key instanceof OccupationKey.Code c && c.code().equals(s.code()))) {
                suggestions.add(s);
            }
        }
        return new Miss(key, Miss.Kind.NOT_FOUND, "No occupation matches \"" + key + "\" in " + source.describe(),
                didYouMean, suggestions, Optional.empty());
    }

    private static List<OccupationSummary> similar(OccupationKey key, OccupationSource source) {
        if (key instanceof OccupationKey.Code c) {
            for (String prefix : prefixes(c.code())) {
                // one more than needed: the code itself may be among them
                List<OccupationSummary> near = search(source, prefix, LIMIT + 1);
                if (near.stream().anyMatch(s -> !s.code().equals(c.code()))) {
                    return near;
                }
            }
            return List.of();
        }
        String words = key.toString().replaceAll("[^\\p{L}\\p{N} .\\-]", " ").strip();
        return words.isEmpty() ? List.of() : search(source, words, LIMIT);
    }

    /** {@code 29-1141}, {@code 29-114}, {@code 29-1}, {@code 29}: the SOC detailed code and its groups. */
    private static List<String> prefixes(OccupationCode code) {
        SocCode soc = code.soc();
        String value = soc.value();
        return List.of(value, value.substring(0, 6), value.substring(0, 4), value.substring(0, 2));
    }

    private static List<OccupationSummary> search(OccupationSource source, String words, int limit) {
        try {
            return source.search(words, limit);
        } catch (OccupationException e) {
            LOG.log(Level.WARNING, "No suggestions from a search for \"{0}\" in {1}: {2}", words, source.describe(),
                    e.getMessage());
            return List.of();
        }
    }
}
