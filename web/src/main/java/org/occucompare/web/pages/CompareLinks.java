package org.occucompare.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds compare page addresses, so that the URL is the whole state of a comparison. Stateless. */
public final class CompareLinks {
    private CompareLinks() {
    }

    /**
     * The address of a comparison.
     *
     * @param occupations the O*NET-SOC codes, never null
     * @param locations the place keys, never null
     * @param reference the reference code, never null
     * @return {@code /compare?occupations=…&locations=…&reference=…}, never null
     */
    public static String of(List<String> occupations, List<String> locations, String reference) {
        return "/compare" + query(occupations, locations, reference);
    }

    /**
     * The query string of a comparison, for the page and the API alike.
     *
     * @param occupations the O*NET-SOC codes, never null
     * @param locations the place keys, never null
     * @param reference the reference code, never null
     * @return {@code ?occupations=…&locations=…&reference=…}, never null
     */
    public static String query(List<String> occupations, List<String> locations, String reference) {
        return "?occupations=" + encode(String.join(",", occupations)) + "&locations="
                + encode(String.join(",", locations)) + "&reference=" + encode(reference);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":");
    }
}
