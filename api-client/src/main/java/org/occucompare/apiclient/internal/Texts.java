package org.occucompare.apiclient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Small readers for CareerOneStop text: blank means absent, and lists may hold nulls. */
final class Texts {
    private static final Set<String> YES = Set.of("y", "yes", "true", "1");

    private Texts() {
    }

    /** The stripped text, or empty when null or blank. */
    static Optional<String> text(@Nullable String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    /** The stripped text, or {@code ""}. */
    static String orEmpty(@Nullable String raw) {
        return text(raw).orElse("");
    }

    /** True for {@code Y}, {@code Yes}, {@code true}, {@code 1} in any case. */
    static boolean yes(@Nullable String raw) {
        return raw != null && YES.contains(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The non-null items of a possibly null list. */
    static <T> List<T> items(@Nullable List<? extends @Nullable T> list) {
        List<T> items = new ArrayList<>();
        if (list != null) {
            for (T item : list) {
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** The number if it lies in {@code [min, max]}, else empty: an out-of-scale figure is not trusted. */
    static OptionalDouble within(@Nullable String raw, double min, double max) {
        OptionalDouble value = LenientNumbers.decimal(raw);
        return value.isPresent() && value.getAsDouble() >= min && value.getAsDouble() <= max ? value
                : OptionalDouble.empty();
    }
}
