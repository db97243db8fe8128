package org.occucompare.web.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.UsState;
import org.occucompare.web.store.row.AreaRow;
import org.occucompare.web.store.row.EmploymentShareRow;
import org.occucompare.web.store.row.WageCell;
import org.occucompare.web.store.row.WageRow;

/**
 * Reads the JSON re-encodings of OEWS estimates (docs/data.md, "OEWS as JSON"): one area per file, either
 * {@code {"fips"|"cbsa"|"year", "name", "occupations": {SOC: {emp, med, avg, hmed, havg, p10…p90, j1k, lq}}}} for
 * the nation, a state or a nonmetropolitan area, or {@code {"code", "name", "wages": {SOC: {employment, median,
 * p10…p90, lq}}}} for a metropolitan area (annual percentiles only); and the area list
 * {@code {"metros": [{cbsa, name, states, kind}]}}.
 * Only SOC keys are read: keys with a dot repeat their SOC's figures under an O*NET code. These files drop BLS's
 * markers, so an absent figure is recorded as not available (the reason, suppressed or top-coded, is lost). The
 * OEWS year is the file's own {@code year}, else {@code --oews-year}, else a {@code mayYYYY} or {@code -YYYY-}
 * folder in the file's path. Stateless.
 */
final class OewsJsonReader {
    /** What a JSON file holds. */
    enum Shape {
        /** National, state or nonmetropolitan estimates ({@code occupations}). */
        AREA_ESTIMATES,
        /** Metropolitan estimates ({@code wages}). */
        METRO_ESTIMATES,
        /** The list of OEWS areas ({@code metros}). */
        AREA_LIST
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 64 << 20;
    private static final Pattern YEAR_IN_PATH = Pattern.compile("(?i)(?:^|[/\\\\_-])(?:may)?(20\\d{2})(?=[/\\\\_-])");
    private static final List<String> ANNUAL = List.of("p10", "p25", "med", "p75", "p90", "avg");
    private static final List<String> METRO = List.of("p10", "p25", "median", "p75", "p90");

    private OewsJsonReader() {
    }

    /** The shape of a JSON file from its top-level keys, or empty for JSON OccuCompare does not read. */
    static Optional<Shape> shapeOf(SourceFile file) {
        try (InputStream in = file.open(); JsonParser parser = JSON.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            boolean metroCode = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("occupations") && value == JsonToken.START_OBJECT) {
                    return Optional.of(Shape.AREA_ESTIMATES);
                }
                if (name.equals("wages") && value == JsonToken.START_OBJECT && metroCode) {
                    return Optional.of(Shape.METRO_ESTIMATES);
                }
                if (name.equals("metros") && value == JsonToken.START_ARRAY) {
                    return Optional.of(Shape.AREA_LIST);
                }
                metroCode |= name.equals("code") && value == JsonToken.VALUE_STRING;
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads a file of a known shape into the sink; returns the number of data rows read. */
    static long read(SourceFile file, ImportOptions options, ImportSink sink) {
        JsonNode root = tree(file);
        Shape shape = shapeOf(file).orElseThrow(() -> OccupationException.invalidInput(file.location()
                + " is not an OEWS JSON file: expected an object with occupations, wages or metros."));
        return switch (shape) {
            case AREA_LIST -> areas(file, root, sink);
            case AREA_ESTIMATES -> estimates(file, root, yearOf(file, root, options), sink);
            case METRO_ESTIMATES -> metro(file, root, yearOf(file, root, options), sink);
        };
    }

    /** The OEWS May reference year of a file. */
    static int yearOf(SourceFile file, JsonNode root, ImportOptions options) {
        String own = root.path("year").asText("");
        if (own.matches("\\d{4}")) {
            return Integer.parseInt(own);
        }
        if (options.oewsYear().isPresent()) {
            return options.oewsYear().getAsInt();
        }
        String location = file.location();
        String folders = location.substring(0, Math.max(0, location.length() - file.name().length()));
        Matcher m = YEAR_IN_PATH.matcher(folders);
        int year = -1;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        if (year < 0) {
            throw OccupationException.invalidInput("Cannot tell the OEWS year of " + location + ": keep it in its"
                    + " folder (such as may2025/states/) or give the year with --oews-year 2025.");
        }
        return year;
    }

    private static long areas(SourceFile file, JsonNode root, ImportSink sink) {
        long read = 0;
        for (JsonNode area : root.path("metros")) {
            String code = text(file, area, "cbsa");
            if (!code.matches("\\d{5}|\\d{7}")) {
                throw invalid(file, "area code '" + Values.cut(code) + "' is not five or seven digits");
            }
            List<String> states = new ArrayList<>();
            for (JsonNode state : area.path("states")) {
                states.add(UsState.fromPostalCode(state.asText()).orElseThrow(() -> invalid(file, "area " + code
                        + " names an unknown state '" + Values.cut(state.asText()) + "'")).postalCode());
            }
            String kind = text(file, area, "kind").toLowerCase(Locale.ROOT);
            if (!kind.equals("metro") && !kind.equals("nonmetro")) {
                throw invalid(file, "area " + code + " has kind '" + Values.cut(kind) + "', not metro or nonmetro");
            }
            sink.accept(new AreaRow(code, text(file, area, "name"), String.join(",", states), kind));
            read++;
        }
        return read;
    }

    private static long estimates(SourceFile file, JsonNode root, int year, ImportSink sink) {
        String[] area = area(file, root);
        return eachSoc(file, root.path("occupations"), (soc, o) -> {
            String title = o.path("title").asText("");
            OptionalLong employment = whole(o, "emp");
            List<WageCell> a = ANNUAL.stream().map(field -> cell(file, o, field)).toList();
            sink.accept(new WageRow(soc, title, area[0], area[1], "ANNUAL", year, employment, a.get(0), a.get(1),
                    a.get(2), a.get(3), a.get(4), a.get(5)));
            if (o.has("hmed") || o.has("havg")) {
                WageCell none = WageCell.missing(WageCell.Kind.NOT_AVAILABLE);
                sink.accept(new WageRow(soc, title, area[0], area[1], "HOURLY", year, employment, none, none,
                        cell(file, o, "hmed"), none, none, cell(file, o, "havg")));
            }
            shares(file, o, soc, area[0], year, "j1k", sink);
            return true;
        });
    }

    private static long metro(SourceFile file, JsonNode root, int year, ImportSink sink) {
        String code = text(file, root, "code");
        if (!code.matches("\\d{5}")) {
            throw invalid(file, "metro code '" + Values.cut(code) + "' is not five digits");
        }
        String name = text(file, root, "name");
        WageCell noMean = WageCell.missing(WageCell.Kind.NOT_AVAILABLE);
        return eachSoc(file, root.path("wages"), (soc, o) -> {
            List<WageCell> a = METRO.stream().map(field -> cell(file, o, field)).toList();
            OptionalLong employment = whole(o, "employment");
            if (employment.isEmpty() && a.stream().allMatch(c -> c.usd().isEmpty())) {
                return false; // not published in this area at all
            }
            sink.accept(new WageRow(soc, "", "area:" + code, name, "ANNUAL", year, employment, a.get(0), a.get(1),
                    a.get(2), a.get(3), a.get(4), noMean));
            shares(file, o, soc, "area:" + code, year, null, sink);
            return true;
        });
    }

    /**
     * Hands every SOC entry of an object of occupations to {@code row}; returns how many it took.
     *
     * @param row takes a SOC code and its figures, and says whether it made rows of them
     */
    private static long eachSoc(SourceFile file, JsonNode occupations, BiPredicate<String, JsonNode> row) {
        long read = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = occupations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (socKey(file, entry.getKey()) && row.test(entry.getKey(), entry.getValue())) {
                read++;
            }
        }
        return read;
    }

    /** Whether a key is a SOC code to read; O*NET keys (with a dot) repeat their SOC and are skipped. */
    private static boolean socKey(SourceFile file, String key) {
        if (key.contains(".")) {
            return false;
        }
        if (!SocCode.isValid(key)) {
            throw invalid(file, "'" + Values.cut(key) + "' is not a SOC code such as 29-1141");
        }
        return true;
    }

    /** The area key and name of a national, state or nonmetro file. */
    private static String[] area(SourceFile file, JsonNode root) {
        if (root.hasNonNull("fips")) {
            UsState state = UsState.fromFips(root.get("fips").asText()).orElseThrow(() -> invalid(file, "'"
                    + Values.cut(root.get("fips").asText()) + "' is not a state FIPS code"));
            return new String[] {state.postalCode(), root.path("name").asText(state.displayName())};
        }
        if (root.hasNonNull("cbsa")) {
            String code = root.get("cbsa").asText();
            if (code.matches("\\d{2}")) {
                UsState territory = UsState.fromFips(code).orElseThrow(() -> invalid(file, "'" + code
                        + "' is not a state or territory FIPS code"));
                return new String[] {territory.postalCode(), root.path("name").asText(territory.displayName())};
            }
            if (!code.matches("\\d{5}|\\d{7}")) {
                throw invalid(file, "area code '" + Values.cut(code) + "' is not five or seven digits");
            }
            return new String[] {"area:" + code, text(file, root, "name")};
        }
        return new String[] {"US", "United States"};
    }

    /**
     * The employment shares of an entry ({@code lq}, and jobs per 1,000 from {@code jobsField} where the layout has
     * them), when it has either.
     */
    private static void shares(SourceFile file, JsonNode o, String soc, String areaKey, int year,
            @Nullable String jobsField, ImportSink sink) {
        OptionalDouble jobs = jobsField == null ? OptionalDouble.empty() : share(file, o, jobsField, 1000);
        OptionalDouble quotient = share(file, o, "lq", Double.MAX_VALUE);
        if (jobs.isPresent() || quotient.isPresent()) {
            sink.accept(new EmploymentShareRow(soc, areaKey, year, jobs, quotient));
        }
    }

    private static OptionalDouble share(SourceFile file, JsonNode o, String field, double max) {
        JsonNode value = o.get(field);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > max) {
            throw invalid(file, "'" + field + "' must be " + Values.shareRange(max) + ", not "
                    + Values.cut(value.toString()));
        }
        return OptionalDouble.of(value.asDouble());
    }

    private static WageCell cell(SourceFile file, JsonNode o, String field) {
        JsonNode value = o.get(field);
        if (value == null || value.isNull()) {
            return WageCell.missing(WageCell.Kind.NOT_AVAILABLE);
        }
        if (!value.isNumber() || value.asDouble() <= 0) {
            throw invalid(file, "'" + field + "' must be a wage above zero, not " + Values.cut(value.toString()));
        }
        return WageCell.figure(value.asDouble());
    }

    private static OptionalLong whole(JsonNode o, String field) {
        JsonNode value = o.get(field);
        return value != null && value.isNumber() && value.asLong() >= 0 ? OptionalLong.of(value.asLong())
                : OptionalLong.empty();
    }

    private static String text(SourceFile file, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(file, "'" + field + "' is required");
        }
        return value.asText().strip();
    }

    private static JsonNode tree(SourceFile file) {
        try (InputStream in = file.open()) {
            // one area per file: the largest official one is under 1 MB, so far more is no OEWS file
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw invalid(file, "it is larger than " + (MAX_BYTES >> 20) + " MB, far more than one area's"
                        + " estimates; give the files of the JSON set as published");
            }
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, "Cannot read " + file.location() + ": it is not"
                    + " valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "). Download it again.", e);
        }
    }

    private static OccupationException invalid(SourceFile file, String problem) {
        return OccupationException.invalidInput("Cannot import " + file.location() + ": " + problem + ".");
    }
}
