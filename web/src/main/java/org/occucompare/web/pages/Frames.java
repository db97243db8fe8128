package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import org.occucompare.core.OccupationException;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.OccupationStore;
import org.occucompare.web.ui.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the {@link Frame} of every page from the data in use, read fresh so an import shows at once. Thread-safe. */
public final class Frames {
    private static final Logger LOG = LoggerFactory.getLogger(Frames.class);
    private final String version;
    private final Supplier<String> dataDescription;
    private final OccupationStore store;

    /**
     * Creates the builder.
     *
     * @param version the app version, never null
     * @param dataDescription one line on the data in use, read per page; never null
     * @param store the local store, whose sources the footer cites; never null
     */
    public Frames(String version, Supplier<String> dataDescription, OccupationStore store) {
        this.version = requireNonNull(version, "version is null");
        this.dataDescription = requireNonNull(dataDescription, "dataDescription is null");
        this.store = requireNonNull(store, "store is null");
    }

    /**
     * The frame of a page.
     *
     * @param title the page title, or "OccuCompare" for the home page; never null
     * @return the frame, never null
     */
    public Frame frame(String title) {
        Frame base;
        try {
            base = new Frame("OccuCompare", version, dataDescription.get(),
                    store.sources().stream().map(Frames::citation).toList());
        } catch (OccupationException e) {
            // an error page must render even when the store is what failed
            LOG.warn("The page names no data and no sources: reading the local store failed ({})", e.getMessage());
            base = new Frame("OccuCompare", version, "unavailable", List.of());
        }
        return title.equals("OccuCompare") ? base : base.titled(title);
    }

    private static String citation(DataSourceInfo source) {
        return source.name() + ", " + source.vintage() + source.citation().map(c -> ". " + c).orElse("");
    }
}
