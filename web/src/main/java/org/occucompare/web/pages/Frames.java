package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.OccupationException;
import org.occucompare.web.source.DataSources;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.ui.Frame;

/** Builds the {@link Frame} of every page from the data in use, read fresh so an import shows at once. Thread-safe. */
public final class Frames {
    private final String version;
    private final DataSources data;

    /**
     * Creates the builder.
     *
     * @param version the app version, never null
     * @param data the data the app runs on, never null
     */
    public Frames(String version, DataSources data) {
        this.version = requireNonNull(version, "version is null");
        this.data = requireNonNull(data, "data is null");
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
            base = new Frame("OccuCompare", version, data.describe(),
                    data.store().sources().stream().map(Frames::citation).toList());
        } catch (OccupationException e) {
            // an error page must render even when the store is what failed
            base = new Frame("OccuCompare", version, "unavailable", List.of());
        }
        return title.equals("OccuCompare") ? base : base.titled(title);
    }

    private static String citation(DataSourceInfo source) {
        return source.name() + ", " + source.vintage() + source.citation().map(c -> ". " + c).orElse("");
    }
}
