package org.occucompare.web.ui;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.chart.MapMeasure;
import org.occucompare.web.places.PlaceLevel;
import org.occucompare.web.places.ResolvedPlace;
import org.occucompare.core.model.Section;

/**
 * Reads and validates request parameters for pages and the API alike. Every failure is an {@code INVALID_INPUT}
 * {@link OccupationException} (a 400) whose message names the parameter and says what to send instead. Stateless.
 */
public final class Params {
    /** A place's state codes, such as {@code IL} or {@code IL-IN}, the part after a city's or area's comma. */
    private static final Pattern STATE_CODES = Pattern.compile("[A-Za-z]{2}(-[A-Za-z]{2})*");
    /** A place given by a code: a state, the nation, a FIPS or ZIP code, an area code. */
    private static final Pattern CODE = Pattern.compile(
            "(?i)[a-z]{2}(-[a-z]{2})*|usa|national|\\d+(-\\d{4})?|(area|zip):\\s*\\d+");
    /** The longest search text accepted. */
    public static final int MAX_QUERY_LENGTH = 100;
    /** The longest piece of a malformed parameter repeated in a message. */
    private static final int MAX_ECHO = 40;
    /** The longest {@code sections} accepted: every id once, with commas, fits. */
    private static final int MAX_SECTIONS_LENGTH = 400;

    private Params() {
    }

    /**
     * Refuses a query string that does not decode: a {@code %} not followed by two hexadecimal digits, or escapes
     * that are not UTF-8. Javalin drops such a parameter silently, so {@code locations=CA,%zz} would answer for the
     * nation and {@code scale=9%zz} with the default scale; register this as a {@code before} handler of every path.
     *
     * @param ctx the request, never null
     * @throws OccupationException an {@code INVALID_INPUT} naming the first parameter that does not decode
     */
    public static void requireWellFormedQuery(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> nameProblem = decodingProblem(rawName);
            Optional<String> problem = nameProblem.or(() -> decodingProblem(rawValue));
            if (problem.isPresent()) {
                String name = nameProblem.isPresent() ? rawName : URLDecoder.decode(rawName, StandardCharsets.UTF_8);
                throw invalid(echo(name), problem.get());
            }
        }
    }

    /** What keeps the text of a query string from decoding, as the end of a sentence, or empty when it decodes. */
    private static Optional<String> decodingProblem(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 1 < raw.length() ? hexDigit(raw.charAt(i + 1)) : -1;
                int low = i + 2 < raw.length() ? hexDigit(raw.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return Optional.of("has a malformed percent-escape \"" + echo(raw.substring(i,
                            Math.min(raw.length(), i + 3))) + "\": a % must be followed by two hexadecimal digits;"
                            + " write a % sign itself as %25.");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("has percent-escapes that are not UTF-8 text: percent-encode the UTF-8 bytes of the"
                    + " text, such as %C3%A9 for é.");
        }
    }

    /** The value of an ASCII hexadecimal digit, or -1 (Character.digit would take other scripts' digits too). */
    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /** Input repeated in a message, cut short so a long value cannot fill it. */
    private static String echo(String input) {
        return input.length() <= MAX_ECHO ? input : input.substring(0, MAX_ECHO) + "…";
    }

    /**
     * The required search text {@code q}.
     *
     * @param ctx the request, never null
     * @return the stripped text, 1 to 100 characters; never null
     */
    public static String query(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
        if (q.isEmpty()) {
            throw invalid("q", "is missing: give words of a title or an O*NET-SOC code, e.g. q=nurse.");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw invalid("q", "is longer than " + MAX_QUERY_LENGTH + " characters: shorten it.");
        }
        return q;
    }

    /**
     * The O*NET-SOC code in the path parameter {@code code}.
     *
     * @param ctx the request, never null
     * @return the code, never null
     */
    public static OccupationCode code(Context ctx) {
        return code("code", ctx.pathParam("code"));
    }

    /**
     * Parses an O*NET-SOC code.
     *
     * @param name the parameter name, for the message; never null
     * @param value the text, never null
     * @return the code, never null
     */
    public static OccupationCode code(String name, String value) {
        try {
            return OccupationCode.parse(value.strip());
        } catch (OccupationException e) {
            throw invalid(name, "is not an O*NET-SOC code (" + e.getMessage() + ")");
        }
    }

    /**
     * The optional place {@code location}, the nation when absent.
     *
     * @param ctx the request, never null
     * @return the place, never null
     */
    public static Location location(Context ctx) {
        String value = ctx.queryParam("location");
        return value == null || value.isBlank() ? Location.NATIONAL : location("location", value);
    }

    /**
     * The optional place {@code location} resolved through the gazetteer, the nation when absent.
     *
     * @param ctx the request, never null
     * @param places resolves a place as typed, never null
     * @return the place and how it was resolved, never null
     */
    public static ResolvedPlace place(Context ctx, Function<String, ResolvedPlace> places) {
        String value = ctx.queryParam("location");
        String text = value == null || value.isBlank() ? "US" : value.strip();
        try {
            return places.apply(text);
        } catch (OccupationException e) {
            throw invalid("location", "is not a place (" + e.getMessage() + ")");
        }
    }

    /**
     * The optional {@code measure} of the state map, empty when absent.
     *
     * @param ctx the request, never null
     * @return the measure, or empty for the default; never null
     */
    public static Optional<MapMeasure> mapMeasure(Context ctx) {
        String measure = ctx.queryParam("measure");
        if (measure == null || measure.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MapMeasure.parse(measure));
        } catch (OccupationException e) {
            throw invalid("measure", "is wrong: " + e.getMessage());
        }
    }

    /**
     * The optional {@code level} of a places listing: {@code state} (the default) or {@code metro}.
     *
     * @param ctx the request, never null
     * @return the level, never null
     */
    public static PlaceLevel placeLevel(Context ctx) {
        String level = ctx.queryParam("level");
        try {
            return PlaceLevel.parse(level == null || level.isBlank() ? "state" : level);
        } catch (OccupationException e) {
            throw invalid("level", "is not state or metro (" + e.getMessage() + ")");
        }
    }

    /** Text for an HTTP header: the arrow as {@code ->}, accents dropped, other non-ASCII characters as {@code ?}. */
    public static String headerText(String text) {
        String plain = Normalizer.normalize(text.replace("→", "->"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /**
     * Parses a place.
     *
     * @param name the parameter name, for the message; never null
     * @param value the text, such as {@code US}, {@code CA} or {@code California}; never null
     * @return the place, never null
     */
    public static Location location(String name, String value) {
        return location(name, value, Location::parse);
    }

    /**
     * Reads a place with a reader that knows more forms (area codes and names, through the gazetteer).
     *
     * @param name the parameter name, for the message; never null
     * @param value the text, such as {@code Chicago, IL} or {@code 16980}; never null
     * @param places reads the stripped text, never null
     * @return the place, never null
     */
    public static Location location(String name, String value, Function<String, Location> places) {
        try {
            return places.apply(value.strip());
        } catch (OccupationException e) {
            throw invalid(name, "is not a place (" + e.getMessage() + ")");
        }
    }

    /**
     * The optional {@code sections}, such as {@code wages,skills} or {@code all}; empty when absent, for the
     * configured default.
     *
     * @param ctx the request, never null
     * @return the sections, with the metadata every answer carries; never null
     */
    public static Optional<Set<Section>> sections(Context ctx) {
        String value = ctx.queryParam("sections");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_SECTIONS_LENGTH) {
            throw invalid("sections", "is longer than " + MAX_SECTIONS_LENGTH + " characters: use all, or name each"
                    + " section once.");
        }
        try {
            return Optional.of(Section.parseList(value));
        } catch (OccupationException e) {
            throw invalid("sections", "is not a list of sections: " + e.getMessage());
        }
    }

    /**
     * A whole number within bounds, or its default when absent.
     *
     * @param ctx the request, never null
     * @param name the query parameter, never null
     * @param fallback the value when absent
     * @param max the largest value accepted (the smallest is 1)
     * @return the number, never null
     */
    public static int limit(Context ctx, String name, int fallback, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the accepted range
        }
        throw invalid(name, "must be a whole number from 1 to " + max + ", not \"" + value + "\".");
    }

    /**
     * A comma-separated list parameter, with blanks dropped.
     *
     * @param value the raw value, or null when absent
     * @return the items, never null
     */
    public static List<String> list(@Nullable String value) {
        List<String> items = new ArrayList<>();
        if (value != null) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }

    /**
     * A comma-separated list of places, where a place may hold a comma itself: {@code US,Chicago, IL,CA} is
     * {@code US}, {@code Chicago, IL} and {@code CA}. An item of state codes ({@code IL}, {@code IL-IN}) right after a
     * name ({@code Chicago}, {@code Washington}, {@code Chicago-Naperville-Elgin}) belongs to it; after a code
     * ({@code US}, {@code CA}, {@code 06}, {@code 60601}, {@code area:16980}) or a place that has its state codes
     * already ({@code Washington, DC}) it is a place of its own.
     *
     * @param value the parameter, or null
     * @return the places as typed, never null
     */
    public static List<String> places(@Nullable String value) {
        List<String> places = new ArrayList<>();
        for (String item : list(value)) {
            int last = places.size() - 1;
            if (last >= 0 && STATE_CODES.matcher(item).matches() && !CODE.matcher(places.get(last)).matches()
                    && !places.get(last).contains(",")) {
                places.set(last, places.get(last) + ", " + item);
            } else {
                places.add(item);
            }
        }
        return places;
    }

    /**
     * A 400 naming the parameter.
     *
     * @param name the parameter, never null
     * @param problem what is wrong and what to send instead, never null
     * @return the failure to throw, never null
     */
    public static OccupationException invalid(String name, String problem) {
        return OccupationException.invalidInput("Parameter " + name + " " + problem);
    }
}
