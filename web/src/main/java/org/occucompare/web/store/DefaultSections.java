package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;

/**
 * A source that answers a request naming no sections with the configured default ({@code OCCUCOMPARE_SECTIONS}),
 * so every surface that lets people choose falls back to the same set; a request that names sections goes through
 * unchanged. Thread-safe when the source it wraps is.
 */
public final class DefaultSections implements OccupationSource {
    private final OccupationSource source;
    private final Set<Section> defaults;

    /**
     * Wraps a source.
     *
     * @param source the source asked, never null
     * @param defaults the sections of a request that names none, never null or empty
     */
    public DefaultSections(OccupationSource source, Set<Section> defaults) {
        this.source = requireNonNull(source, "source is null");
        requireNonNull(defaults, "defaults is null");
        if (defaults.isEmpty()) {
            throw new IllegalArgumentException("defaults is empty");
        }
        this.defaults = Set.copyOf(EnumSet.copyOf(defaults));
    }

    @Override
    public Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections, Freshness freshness) {
        return source.fetch(keys, places, sections, freshness);
    }

    /** {@inheritDoc} Fetches the configured default sections. */
    @Override
    public Lookup fetch(List<OccupationKey> keys, List<Location> places, Freshness freshness) {
        return source.fetch(keys, places, defaults, freshness);
    }

    @Override
    public List<OccupationSummary> search(String words, int limit) {
        return source.search(words, limit);
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public String toString() {
        return "DefaultSections[" + source + ", " + defaults.size() + " sections]";
    }
}
