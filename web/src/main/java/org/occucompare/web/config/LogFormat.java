package org.occucompare.web.config;

import java.util.Locale;
import java.util.Optional;

/** How the app writes its log lines. */
public enum LogFormat {
    /** One readable line per event: time, level, logger and message (the default). */
    TEXT,
    /** One JSON object per line, for log collectors. */
    JSON;

    /** The format of a setting's text, {@code text} or {@code json} in any case; empty for anything else. */
    static Optional<LogFormat> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
