package org.occucompare.web.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SourceVintage;
import org.occucompare.web.json.ModelJson;

/**
 * How to cite the data behind a comparison: one entry per data set used (O*NET release, OEWS survey month,
 * projection rounds, CareerOneStop when it answered) plus OccuCompare itself, each with a year and the date the data
 * were accessed, as BibTeX (every entry {@code @misc}, which classic BibTeX styles and biblatex both read), biblatex
 * ({@code @dataset} and {@code @software}) or CSL-JSON, and the attribution lines the publishers ask for (O*NET's CC
 * BY 4.0 credit line among them). Keys and titles name the data set's release; a detail of the vintage (such as
 * "some files 30.0") goes to the note. Immutable and thread-safe.
 *
 * @param sources the data sets used, never null
 * @param appVersion the OccuCompare version, never null
 * @param accessed the day the data were retrieved, never null
 */
public record Citation(List<SourceVintage> sources, String appVersion, LocalDate accessed) {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern DETAIL = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$");
    private static final ObjectMapper JSON = ModelJson.create();

    /** Rejects null and copies. */
    public Citation {
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(appVersion, "appVersion is null");
        requireNonNull(accessed, "accessed is null");
    }

    /**
     * The citation of a comparison: its sources, accessed on the day its earliest figures were retrieved (UTC).
     *
     * @param comparison the comparison, never null
     * @param appVersion the OccuCompare version, never null
     * @return the citation, never null
     */
    public static Citation of(Comparison comparison, String appVersion) {
        Instant retrieved = comparison.occupations().stream().map(o -> o.retrieval().retrievedAt())
                .min(Instant::compareTo).orElseGet(Instant::now);
        return new Citation(comparison.sources(), appVersion, LocalDate.ofInstant(retrieved, ZoneOffset.UTC));
    }

    /** The attribution and citation lines the publishers ask for, one per data set; never null. */
    public List<String> attributions() {
        List<String> lines = new ArrayList<>();
        for (SourceVintage s : sources) {
            String line = s.citation().orElseGet(() -> s.kind() == SourceKind.ONET ? onetCredit(s.vintage())
                    : s.label() + s.url().map(u -> ", " + u).orElse("") + ".");
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * BibTeX for any style: every entry is a {@code @misc} with author, title, year, {@code howpublished} (the
     * address) and a note with the version and the access date; {@code url} and {@code urldate} serve biblatex.
     *
     * @return the entries, never null
     */
    public String bibtex() {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries()) {
            out.append("@misc{").append(e.key()).append(",\n");
            field(out, "author", e.author(), true);
            field(out, "title", e.title(), true);
            field(out, "year", e.year(), false);
            field(out, "publisher", e.publisher(), false);
            e.url().ifPresent(u -> raw(out, "howpublished", "\\url{" + u + "}"));
            e.url().ifPresent(u -> raw(out, "url", u));
            field(out, "urldate", accessed.toString(), false);
            // classic styles ignore version and urldate: the note says them
            field(out, "note", (e.software() ? "Version " + e.version() + ". " : "") + "Accessed " + accessed + "."
                    + (e.note().isEmpty() ? "" : " " + e.note()), false);
            close(out);
        }
        return out.toString();
    }

    /**
     * biblatex with its own entry types: {@code @dataset} for data, {@code @software} for OccuCompare, with
     * {@code version}, {@code url} and {@code urldate}.
     *
     * @return the entries, never null
     */
    public String biblatex() {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries()) {
            out.append("@").append(e.software() ? "software" : "dataset").append("{").append(e.key()).append(",\n");
            field(out, "author", e.author(), true);
            field(out, "title", e.title(), true);
            field(out, "year", e.year(), false);
            field(out, "publisher", e.publisher(), false);
            field(out, "version", e.version(), false);
            e.url().ifPresent(u -> raw(out, "url", u));
            field(out, "urldate", accessed.toString(), false);
            if (!e.note().isEmpty()) {
                field(out, "note", e.note(), false);
            }
            close(out);
        }
        return out.toString();
    }

    /** CSL-JSON: an array of items, {@code dataset} for data and {@code software} for OccuCompare; never null. */
    public String cslJson() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Entry e : entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.key());
            item.put("type", e.software() ? "software" : "dataset");
            item.put("title", e.title());
            item.put("author", List.of(Map.of("literal", e.author())));
            item.put("publisher", e.publisher());
            item.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(e.year())))));
            item.put("accessed", Map.of("date-parts", List.of(List.of(accessed.getYear(), accessed.getMonthValue(),
                    accessed.getDayOfMonth()))));
            item.put("version", e.version());
            e.url().ifPresent(u -> item.put("URL", u));
            if (!e.note().isEmpty()) {
                item.put("note", e.note());
            }
            items.add(item);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "Could not write the citation as CSL-JSON.", e);
        }
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (SourceVintage s : sources) {
            Matcher detail = DETAIL.matcher(s.vintage());
            String release = detail.matches() ? detail.group(1) : s.vintage();
            List<String> notes = new ArrayList<>();
            if (detail.matches()) {
                notes.add(capitalised(detail.group(2).replaceFirst("^some files ", "some files are from release "))
                        + ".");
            }
            s.citation().or(() -> s.kind() == SourceKind.ONET ? Optional.of(onetCredit(release)) : Optional.empty())
                    .ifPresent(notes::add);
            String year = (s.kind() == SourceKind.ONET ? onetYear(release) : firstYear(release))
                    .orElse(String.valueOf(accessed.getYear()));
            Entry entry = switch (s.kind()) {
                case ONET -> new Entry("onet_" + key(release), "National Center for O*NET Development",
                        "O*NET " + release + " Database", year,
                        "U.S. Department of Labor, Employment and Training Administration", release, s.url(), notes);
                case OEWS -> new Entry("oews_" + key(release), "U.S. Bureau of Labor Statistics",
                        "Occupational Employment and Wage Statistics, " + release + " estimates", year,
                        "U.S. Bureau of Labor Statistics", release, s.url(), notes);
                case EMPLOYMENT_PROJECTIONS -> new Entry("bls_projections_" + key(release),
                        "U.S. Bureau of Labor Statistics", "Employment Projections, " + release, year,
                        "U.S. Bureau of Labor Statistics", release, s.url(), notes);
                case STATE_PROJECTIONS -> new Entry("state_projections_" + key(release),
                        "Projections Managing Partnership", "Long-term occupational projections, " + release, year,
                        "Projections Central", release, s.url(), notes);
                case CAREERONESTOP -> new Entry("careeronestop_" + key(release), "CareerOneStop", s.name(), year,
                        "U.S. Department of Labor, Employment and Training Administration", release, s.url(), notes);
            };
            if (entries.stream().noneMatch(x -> x.key().equals(entry.key()))) {
                entries.add(entry);
            }
        }
        // the year of use: a development version has no release date of its own
        entries.add(new Entry("occucompare", "OccuCompare contributors", "OccuCompare", String.valueOf(
                accessed.getYear()), "OccuCompare", appVersion, Optional.empty(), List.of()));
        return entries;
    }

    /** O*NET's credit line as its CC BY 4.0 licence asks for it. */
    static String onetCredit(String release) {
        return "This product uses information from the O*NET " + release + " Database by the U.S. Department of"
                + " Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license."
                + " O*NET® is a trademark of USDOL/ETA.";
    }

    /**
     * The year an O*NET release came out. Since release 22 the National Center publishes N.0 in August of year
     * 1995 + N, N.1 in the November or December after it, and N.2 and N.3 in the February and May of the next
     * year (30.0: August 2025; 30.1: December 2025, as its "Read Me.txt" says).
     */
    static Optional<String> onetYear(String release) {
        Matcher m = RELEASE.matcher(release);
        if (!m.find() || Integer.parseInt(m.group(1)) < 22) {
            return firstYear(release);
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return Optional.of(String.valueOf(1995 + major + (minor >= 2 ? 1 : 0)));
    }

    private static Optional<String> firstYear(String vintage) {
        Matcher m = YEAR.matcher(vintage);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** A citation key part: lower case letters and digits joined by underscores, such as {@code may_2024}. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A field, with TeX's special characters escaped; {@code protect} keeps a name or title's case as is. */
    private static void field(StringBuilder out, String name, String value, boolean protect) {
        String escaped = value.replace("\\", "\\textbackslash ").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#")
                .replace("_", "\\_").replace("–", "--");
        raw(out, name, protect ? "{" + escaped + "}" : escaped);
    }

    private static void raw(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static void close(StringBuilder out) {
        out.setLength(out.length() - 2);
        out.append("\n}\n");
    }

    /** One bibliography entry. */
    private record Entry(String key, String author, String title, String year, String publisher, String version,
            Optional<String> url, List<String> notes) {
        boolean software() {
            return key.equals("occucompare");
        }

        /** The notes on one line, or empty. */
        String note() {
            return String.join(" ", notes);
        }
    }
}
