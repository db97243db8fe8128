package org.occucompare.web.config;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * A secret value such as an API token. Its {@link #toString()} never shows the value, so a secret can sit in
 * records, log lines and exception messages without leaking; only {@link #reveal()} gives it out. Immutable and
 * thread-safe.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a secret value.
     *
     * @param value the secret, never null or blank
     * @return the wrapped secret, never null
     */
    public static Secret of(String value) {
        requireNonNull(value, "value is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value);
    }

    /** The secret value itself, for the one place that sends it (an HTTP header); never null. */
    public String reveal() {
        return value;
    }

    /** Always {@code "****"}, whatever the value. */
    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        // constant-time comparison, so equality checks leak nothing through timing
        return other instanceof Secret secret && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0x5ec7e7;
    }
}
