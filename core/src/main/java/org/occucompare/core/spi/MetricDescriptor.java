package org.occucompare.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.occucompare.core.OccupationException;

/**
 * What a metric is, for readers and for the host. Immutable and thread-safe.
 *
 * @param id the metric's id: 1 to 64 characters of {@code a-z}, {@code 0-9} and {@code -}, starting with a letter,
 *     unique across all loaded plugins and stable forever, for example {@code wage-spread-90-10}; never null
 * @param displayName a short name for readers, for example {@code Wage spread (90th / 10th percentile)}; never null
 *     or blank
 * @param unit the unit of the values, for example {@code USD per year}, {@code ratio}, {@code %}; never null or blank
 * @param direction which way is better, never null
 * @param description one to three sentences: what the value means and how it is computed; never null or blank
 */
public record MetricDescriptor(String id, String displayName, String unit, Direction direction,
        String description) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** Validates every component; throws {@link OccupationException} ({@code INVALID_INPUT}) otherwise. */
    public MetricDescriptor {
        requireNonNull(id, "id is null");
        if (!isValidId(id)) {
            throw OccupationException.invalidInput("Metric id '" + id + "' is not valid: use 1 to 64 characters of"
                    + " a-z, 0-9 and '-', starting with a letter, for example wage-spread-90-10.");
        }
        requireText(displayName, "displayName");
        requireText(unit, "unit");
        requireNonNull(direction, "direction is null");
        requireText(description, "description");
    }

    /**
     * Tells whether a text is a valid plugin or metric id.
     *
     * @param id the text, never null
     * @return true if it is 1 to 64 characters of {@code a-z}, {@code 0-9} and {@code -}, starting with a letter
     */
    public static boolean isValidId(String id) {
        return ID.matcher(requireNonNull(id, "id is null")).matches();
    }

    private static void requireText(String value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw OccupationException.invalidInput("Metric " + name + " is blank: give a non-empty " + name + ".");
        }
    }
}
