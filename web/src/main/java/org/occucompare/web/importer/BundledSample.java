package org.occucompare.web.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.web.store.DataSourceInfo;
import org.occucompare.web.store.Database;
import org.occucompare.web.store.StoreBusyException;
import org.occucompare.web.store.StoreImport;

/**
 * The sample bundled in the app's resources ({@code /sample}): about 50 occupations from every SOC major group with
 * O*NET 30.1 sections, OEWS May 2024 national and state wages, 2024–34 national and 2022–32 state projections. A
 * fresh store loads it on first start so every page and command works offline; a real import replaces it.
 */
public final class BundledSample {
    private static final String RESOURCE_DIR = "/sample/";

    private BundledSample() {
    }

    /**
     * Loads the sample when the store holds no data yet.
     *
     * @return whether it was loaded
     */
    public static boolean loadIfEmpty(Database database) {
        if (database.currentDataset().isPresent()) {
            return false;
        }
        try {
            return database.inImport(Duration.ZERO, store -> {
                if (store.previous().isPresent()) {
                    return false; // another process loaded data meanwhile
                }
                loadInto(store, Instant.now());
                return true;
            });
        } catch (StoreBusyException e) {
            return false; // another process is loading data into the empty store right now
        }
    }

    /** Loads the sample into the store as a new dataset version, replacing any sample or imported data. */
    public static String load(Database database, Instant now) {
        return database.inImport(store -> {
            store.replaceAll();
            return loadInto(store, now);
        });
    }

    private static String loadInto(StoreImport store, Instant now) {
        try (BufferedReader rows = reader(SampleBuilder.ROWS, true)) {
            for (String line = rows.readLine(); line != null; line = rows.readLine()) {
                if (!line.isEmpty()) {
                    store.accept(SampleCodec.read(line));
                }
            }
            store.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedReader sources = reader(SampleBuilder.SOURCES, false)) {
            for (String line = sources.readLine(); line != null; line = sources.readLine()) {
                List<String> f = SampleCodec.fields(line);
                store.recordSource(new DataSourceInfo(f.get(0), f.get(1), f.get(2), f.get(3),
                        Optional.of(f.get(4)), Optional.of(f.get(5)), Arrays.asList(f.get(6).split("\\|")), 0,
                        now));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store.recordDataset("sample");
    }

    private static BufferedReader reader(String name, boolean gzipped) throws IOException {
        InputStream in = BundledSample.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new OccupationException(ErrorKind.INTERNAL, "The bundled sample " + RESOURCE_DIR + name
                    + " is missing from the app: rebuild it as docs/data.md describes.");
        }
        InputStream data = gzipped ? new GZIPInputStream(in) : in;
        return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8));
    }
}
