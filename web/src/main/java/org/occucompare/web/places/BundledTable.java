package org.occucompare.web.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a derived table bundled next to this package's classes: "#" comment lines, a header line, then rows of plain
 * comma-separated fields (web/scripts/derive-county-areas.py writes no quoted field), gzipped when the name ends in
 * {@code .gz}. Read line by line rather than through Commons CSV: a one-shot command that resolves one ZIP code should
 * not pay a CSV parser's start on 41,000 rows.
 */
final class BundledTable {
    private BundledTable() {
    }

    /**
     * The rows of a resource, read whole.
     *
     * @param name the resource name beside this class, such as {@code county-areas.csv}
     * @param header the header line the resource must have, such as {@code county_fips,area_code,basis}
     * @return each row's fields, as many as the header's, in file order; never null
     * @throws IllegalStateException when the resource is missing or not of that form
     */
    static List<String[]> read(String name, String header) {
        int width = header.split(",").length;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = BundledTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the web jar");
            }
            InputStream plain = name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            BufferedReader reader = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8));
            String line = reader.readLine();
            while (line != null && line.startsWith("#")) {
                line = reader.readLine();
            }
            if (!header.equals(line)) {
                throw new IllegalStateException(name + " does not start with the header " + header);
            }
            for (line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                if (fields.length != width || line.indexOf('"') >= 0) {
                    throw new IllegalStateException(name + " has a line that is not " + width + " plain fields: "
                            + line);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the resource " + name, e);
        }
        return rows;
    }
}
