package org.occucompare.apiclient.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding for one URI path segment. */
final class UriEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    /**
     * Encodes text as one path segment: every byte of its UTF-8 form except the RFC 3986 unreserved characters
     * ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX}. So a space is {@code %20} (never {@code +}), and the commas,
     * slashes, apostrophes and parentheses of O*NET titles can neither split the path nor be read as delimiters.
     */
    static String pathSegment(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
