package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import org.occucompare.core.source.OccupationKey;

/**
 * One "Get Occupation Details" request: {@code GET {base}/v1/occupation/{userId}/{keyword}/{location}?switches}.
 *
 * @param keyword an O*NET-SOC code ({@code 29-1141.00}) or an exact O*NET title, sent verbatim (encoded)
 * @param location what CareerOneStop accepts: {@code US}/{@code 0}, a state, {@code City, ST} or a ZIP code
 * @param switches the switches sent as {@code true}; every other one is sent as {@code false}
 */
public record OccupationRequest(String keyword, String location, Set<RequestSwitch> switches) {
    /** Validates and copies. */
    public OccupationRequest {
        requireNonNull(keyword, "keyword is null");
        requireNonNull(location, "location is null");
        switches = switches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(switches));
        if (keyword.isBlank() || location.isBlank()) {
            throw new IllegalArgumentException("keyword and location must not be blank");
        }
    }

    /** The keyword CareerOneStop expects for a key: the code ({@code 29-1141.00}), the exact title, or a SOC code. */
    public static String keyword(OccupationKey key) {
        return key.toString();
    }

    /** A request with every switch on: the default, so no section is silently missing. */
    public static OccupationRequest everything(String keyword, String location) {
        return new OccupationRequest(keyword, location, EnumSet.allOf(RequestSwitch.class));
    }

    /**
     * The full request URI.
     *
     * @param base the API base, such as {@code https://api.careeronestop.org}; a trailing slash is ignored
     * @param userId the CareerOneStop user id
     * @return the URI with every path segment encoded and all 19 switches spelled out
     */
    public URI toUri(URI base, String userId) {
        String root = base.toString().replaceAll("/+$", "");
        return URI.create(root + path(UriEncoding.pathSegment(userId)) + "?" + query());
    }

    /** The path with {@code {userId}} in place of the user id, for logs and messages. */
    public String redactedPath() {
        return path("{userId}");
    }

    private String path(String userIdSegment) {
        return "/v1/occupation/" + userIdSegment + "/" + UriEncoding.pathSegment(keyword) + "/"
                + UriEncoding.pathSegment(location);
    }

    private String query() {
        StringJoiner query = new StringJoiner("&");
        for (RequestSwitch s : RequestSwitch.values()) {
            query.add(s.parameter() + "=" + switches.contains(s));
        }
        return query.toString();
    }
}
