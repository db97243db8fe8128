package org.occucompare.core.source;

import java.util.regex.Pattern;

/** Patterns behind {@link OccupationKey#parse(String)}; interface fields cannot be private, so they live here. */
final class Patterns {
    /** A SOC code without the O*NET suffix, {@code 29-1141}. */
    static final Pattern BARE_SOC = Pattern.compile("\\d{2}-\\d{4}");

    /** Text made only of digits, dots and hyphens, such as {@code 291141} or {@code 29-1141.0}: never a title. */
    static final Pattern CODE_LIKE = Pattern.compile("[\\d.\\-]+");

    private Patterns() {
    }
}
