package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.stream.Collectors;
import org.occucompare.web.chart.ProfileTable;

/**
 * One chart of the compare page: the image, its text alternative and the download addresses.
 *
 * @param id the chart kind id, such as {@code wages}; never null
 * @param title the chart title, never null
 * @param alt a text alternative that points to the data table beside it, never null
 * @param query the comparison's query string, starting with {@code ?}; never null
 */
public record ChartPanel(String id, String title, String alt, String query) {

    /** Validates. */
    public ChartPanel {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(alt, "alt is null");
        requireNonNull(query, "query is null");
    }

    /**
     * The panel of a profile chart of the table's occupations (its figures are national, so only the occupations
     * are in its address).
     *
     * @param table the table the chart draws, never null
     * @return the panel, never null
     */
    public static ChartPanel profile(ProfileTable table) {
        return new ChartPanel(table.kind().id(), table.title(), table.title() + " chart; the same figures are in"
                + " the table beside it.", "?occupations=" + table.occupations().stream()
                        .map(s -> s.code().value()).collect(Collectors.joining(",")));
    }

    /**
     * The chart's address in a format.
     *
     * @param format {@code png}, {@code svg} or {@code pdf} ({@code csv} for a profile chart's table); never null
     * @return the address, never null
     */
    public String src(String format) {
        return "/api/charts/" + id + "." + format + query;
    }

    /**
     * The address of the PNG shown on the page: laid out for the page's chart column (576 CSS pixels, 152.4 mm at
     * 96 dpi), so its type reads at about 10 pixels instead of shrinking from the 1000-pixel screen size, and drawn
     * at twice the pixels, so it stays sharp on high-density screens.
     *
     * @return the address, never null
     */
    public String display() {
        return src("png") + "&width_mm=152.4&dpi=192";
    }
}
