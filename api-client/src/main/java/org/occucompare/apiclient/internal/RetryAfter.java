package org.occucompare.apiclient.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads an HTTP {@code Retry-After} header: delay-seconds ({@code 2}) or an HTTP-date. */
final class RetryAfter {
    private static final Logger LOG = LoggerFactory.getLogger(RetryAfter.class);

    private RetryAfter() {
    }

    /**
     * The requested delay, or empty when the header is absent or unreadable. A date in the past means zero.
     *
     * @param header the header value, if present
     * @param now the current time, for HTTP-dates
     */
    static Optional<Duration> parse(Optional<String> header, Instant now) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException tooLong) {
                LOG.debug("Retry-After {} is too long to read; taking it as a day", value);
                return Optional.of(Duration.ofDays(1));
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(now, at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            LOG.debug("Retry-After '{}' is neither seconds nor an HTTP-date; ignoring it", value);
            return Optional.empty();
        }
    }
}
