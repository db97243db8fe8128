package org.occucompare.web.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.occucompare.web.compare.SourceVintage;
import org.occucompare.web.json.ModelJson;

/**
 * How to cite the data behind a comparison: one entry per data set used (O*NET release, OEWS survey month,
 * projection rounds, CareerOneStop when it answered) plus OccuCompare itself, as BibTeX or CSL-JSON, and the
 * attribution lines the publishers ask for (O*NET's CC BY 4.0 credit line among them). Immutable and thread-safe.
 *
 * @param sources the data sets used, never null
 * @param appVersion the OccuCompare version, never null
 */
public record Citation(List<SourceVintage> sources, String appVersion) {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final ObjectMapper JSON = ModelJson.create();

    /** Rejects null and copies. */
    public Citation {
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(appVersion, "appVersion is null");
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

    /** BibTeX: one {@code @misc} entry per data set and one for OccuCompare; never null. */
    public String bibtex() {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries()) {
            out.append("@").append(e.type().equals("software") ? "software" : "misc").append("{").append(e.id())
                    .append(",\n");
            field(out, "author", e.author(), true);
            field(out, "title", e.title(), true);
            e.year().ifPresent(y -> field(out, "year", y, false));
            field(out, "publisher", e.publisher(), false);
            e.version().ifPresent(v -> field(out, "version", v, false));
            e.url().ifPresent(u -> out.append("  url = {").append(u).append("},\n"));
            field(out, "note", e.note(), false);
            out.setLength(out.length() - 2);
            out.append("\n}\n");
        }
        return out.toString();
    }

    /** CSL-JSON: an array of items, {@code dataset} for data and {@code software} for OccuCompare; never null. */
    public String cslJson() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Entry e : entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.id());
            item.put("type", e.type());
            item.put("title", e.title());
            item.put("author", List.of(Map.of("literal", e.author())));
            item.put("publisher", e.publisher());
            e.year().ifPresent(y -> item.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(y))))));
            e.version().ifPresent(v -> item.put("version", v));
            e.url().ifPresent(u -> item.put("URL", u));
            item.put("note", e.note());
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
            Optional<String> year = year(s.vintage());
            String id = (s.kind().name() + "_" + s.vintage()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                    .replaceAll("_+$", "");
            String note = s.citation().orElse(s.kind() == SourceKind.ONET ? onetCredit(s.vintage()) : "");
            Entry entry = switch (s.kind()) {
                case ONET -> new Entry(id, "dataset", "National Center for O*NET Development",
                        "O*NET " + s.vintage() + " Database", Optional.empty(),
                        "U.S. Department of Labor, Employment and Training Administration", Optional.of(s.vintage()),
                        s.url(), note);
                case OEWS -> new Entry(id, "dataset", "U.S. Bureau of Labor Statistics",
                        "Occupational Employment and Wage Statistics, " + s.vintage() + " estimates", year,
                        "U.S. Bureau of Labor Statistics", Optional.of(s.vintage()), s.url(), note);
                case EMPLOYMENT_PROJECTIONS -> new Entry(id, "dataset", "U.S. Bureau of Labor Statistics",
                        "Employment Projections, " + s.vintage(), year, "U.S. Bureau of Labor Statistics",
                        Optional.of(s.vintage()), s.url(), note);
                case STATE_PROJECTIONS -> new Entry(id, "dataset", "Projections Managing Partnership",
                        "Long-term occupational projections, " + s.vintage(), year, "Projections Central",
                        Optional.of(s.vintage()), s.url(), note);
                case CAREERONESTOP -> new Entry(id, "dataset", "CareerOneStop", s.name(), year,
                        "U.S. Department of Labor, Employment and Training Administration", Optional.of(s.vintage()),
                        s.url(), note);
            };
            if (entries.stream().noneMatch(x -> x.id().equals(entry.id()))) {
                entries.add(entry);
            }
        }
        entries.add(new Entry("occucompare", "software", "OccuCompare contributors", "OccuCompare",
                Optional.empty(), "OccuCompare", Optional.of(appVersion), Optional.empty(),
                "Comparison computed with OccuCompare " + appVersion + "."));
        return entries;
    }

    /** O*NET's credit line as its CC BY 4.0 licence asks for it. */
    static String onetCredit(String release) {
        return "This product uses information from the O*NET " + release + " Database by the U.S. Department of"
                + " Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license."
                + " O*NET® is a trademark of USDOL/ETA.";
    }

    private static Optional<String> year(String vintage) {
        Matcher m = YEAR.matcher(vintage);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** A field, with TeX's special characters escaped; {@code protect} keeps a name or title's case as is. */
    private static void field(StringBuilder out, String name, String value, boolean protect) {
        String escaped = value.replace("\\", "\\textbackslash ").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#")
                .replace("_", "\\_");
        out.append("  ").append(name).append(" = {").append(protect ? "{" + escaped + "}" : escaped)
                .append("},\n");
    }

    /** One bibliography entry. */
    private record Entry(String id, String type, String author, String title, Optional<String> year,
            String publisher, Optional<String> version, Optional<String> url, String note) {
    }
}
