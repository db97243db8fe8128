package org.occucompare.web.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a derived table bundled next to this package's classes: CSV with a header, "#" comments, maybe gzipped. */
final class BundledTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
            .setSkipHeaderRecord(true).get();

    private BundledTable() {
    }

    /**
     * The records of a resource, read whole.
     *
     * @param name the resource name beside this class, such as {@code county-areas.csv}; a name ending in
     *     {@code .gz} is gunzipped
     * @return the records, never null
     * @throws IllegalStateException when the resource is missing from the jar
     */
    static List<CSVRecord> read(String name) {
        try (InputStream in = BundledTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the web jar");
            }
            InputStream plain = name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            try (Reader reader = new InputStreamReader(plain, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, FORMAT)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the resource " + name, e);
        }
    }
}
