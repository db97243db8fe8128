package org.occucompare.apiclient.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes secrets from any text that may reach a message or a log line, and cuts upstream bodies to short excerpts.
 * CareerOneStop error pages are not expected to echo the token, but a proxy or a debug page might; nothing upstream
 * sends reaches a message without passing through here. Immutable and thread-safe.
 */
public final class Redactor {
    /** Replaces each secret. */
    public static final String MASK = "****";

    private final List<String> secrets;

    /**
     * Creates a redactor.
     *
     * @param secrets the values to hide (the token); blank ones are ignored, and each is also hidden URL-encoded
     */
    public Redactor(List<String> secrets) {
        List<String> all = new ArrayList<>();
        for (String secret : secrets) {
            if (!secret.isBlank()) {
                all.add(secret);
                String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
                if (!encoded.equals(secret)) {
                    all.add(encoded);
                }
            }
        }
        // longest first, so a secret that contains another is masked whole
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.secrets = List.copyOf(all);
    }

    /** The text with every secret replaced by {@link #MASK}; never null. */
    public String redact(String text) {
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /**
     * A short, single-line, redacted excerpt of a body, for error messages.
     *
     * @param body the raw body
     * @param maxChars the longest excerpt, before the ellipsis
     * @return the excerpt, {@code "(empty body)"} for an empty one; never null
     */
    public String excerpt(byte[] body, int maxChars) {
        String text = redact(new String(body, StandardCharsets.UTF_8)).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return "(empty body)";
        }
        // redact before cutting, so a cut cannot leave half a secret visible
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "…";
    }
}
