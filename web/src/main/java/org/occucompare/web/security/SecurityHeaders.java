package org.occucompare.web.security;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/**
 * Sets the security headers on every response, pages, JSON and errors alike. The content security policy allows
 * scripts, styles and images from this server only (no inline scripts or styles) and forbids framing.
 */
public final class SecurityHeaders implements Handler {
    /** The headers and their values. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    /** Creates the handler; register it as a {@code before} handler for all paths. */
    public SecurityHeaders() {
    }

    @Override
    public void handle(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
