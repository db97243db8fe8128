package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The O*NET-SOC codes and titles bundled with the client ({@code onet-soc-titles.tsv}, O*NET 30.1, CC BY 4.0). It
 * answers what CareerOneStop cannot: which O*NET codes lie under a bare SOC code (the API answers 404 for
 * {@code 29-1141}), and a local title search. Immutable and thread-safe.
 */
public final class OnetCatalog {
    /** The bundled resource, next to this class. */
    public static final String RESOURCE = "onet-soc-titles.tsv";

    private final Map<String, CatalogEntry> byCode;

    /**
     * Creates a catalog from entries in their official order.
     *
     * @param entries the occupations; a repeated code keeps its first title
     */
    public OnetCatalog(List<CatalogEntry> entries) {
        Map<String, CatalogEntry> map = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            map.putIfAbsent(entry.code(), entry);
        }
        this.byCode = map;
    }

    /** The bundled catalog, read once. */
    public static OnetCatalog bundled() {
        return Bundled.CATALOG;
    }

    /**
     * Reads a catalog in the bundled format: {@code code<TAB>title} lines, {@code #} comments and blank lines skipped.
     *
     * @param in the text, UTF-8; not closed
     */
    public static OnetCatalog read(InputStream in) throws IOException {
        List<CatalogEntry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("not a code<TAB>title line: " + line);
            }
            entries.add(new CatalogEntry(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return new OnetCatalog(entries);
    }

    /** Every occupation, in the official order; never null. */
    public List<CatalogEntry> entries() {
        return List.copyOf(byCode.values());
    }

    /** The occupation with this O*NET-SOC code, if listed. */
    public Optional<CatalogEntry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip()));
    }

    /** The occupation with exactly this title, ignoring case and surrounding blanks, if listed. */
    public Optional<CatalogEntry> byTitle(String title) {
        String wanted = title.strip();
        return byCode.values().stream().filter(e -> e.title().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * The O*NET occupations under a SOC code: {@code 29-1141} gives 29-1141.00 to 29-1141.04.
     *
     * @param soc a SOC code {@code NN-NNNN}
     * @return the occupations in code order, empty when none; never null
     */
    public List<CatalogEntry> under(String soc) {
        String prefix = soc.strip() + ".";
        return byCode.values().stream().filter(e -> e.code().startsWith(prefix)).toList();
    }

    /**
     * Searches titles and codes. Every word must start a word of the title (so {@code "nurs reg"} finds Registered
     * Nurses), or the query must start a code ({@code "29-11"}). An exact title comes first, then titles that start
     * with the query, then whole-word matches, then the shorter title.
     *
     * @param words the query
     * @param limit the most results, at least 1
     * @return the matches, best first, never null
     */
    public List<CatalogEntry> search(String words, int limit) {
        String code = words.strip();
        if (code.matches("\\d{2}(-\\d{0,4}(\\.\\d{0,2})?)?")) {
            return byCode.values().stream().filter(e -> e.code().startsWith(code)).limit(limit).toList();
        }
        String query = normalize(words);
        if (query.isEmpty()) {
            return List.of();
        }
        List<String> wanted = List.of(query.split(" "));
        record Hit(CatalogEntry entry, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (CatalogEntry entry : byCode.values()) {
            String title = normalize(entry.title());
            List<String> titleWords = List.of(title.split(" "));
            if (wanted.stream().allMatch(w -> titleWords.stream().anyMatch(t -> t.startsWith(w)))) {
                int rank = title.equals(query) ? 0
                        : title.startsWith(query) ? 1
                        : titleWords.containsAll(wanted) ? 2 : 3;
                hits.add(new Hit(entry, rank));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank)
                        .thenComparingInt(h -> h.entry().title().length())
                        .thenComparing(h -> h.entry().code()))
                .limit(limit)
                .map(Hit::entry)
                .toList();
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Lazy holder: the resource is read on first use, once. */
    private static final class Bundled {
        static final OnetCatalog CATALOG = load();

        private static OnetCatalog load() {
            try (InputStream in = requireNonNull(OnetCatalog.class.getResourceAsStream(RESOURCE),
                    "the bundled " + RESOURCE + " is missing from the api-client jar")) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
