package org.occucompare.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * The version of this build of OccuCompare, read from the Maven-filtered resource
 * {@code org/occucompare/web/version.properties}. Stateless and thread-safe.
 */
public final class AppVersion {
    private static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    /**
     * Reads the project version, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, never null or blank
     * @throws OccupationException of kind {@link ErrorKind#INTERNAL} when the build left the resource out or
     *     unfiltered
     */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw incomplete(RESOURCE + " is missing", null);
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            if (version.isEmpty() || version.startsWith("${")) {
                throw incomplete(RESOURCE + " was not filtered", null);
            }
            return version;
        } catch (IOException e) {
            throw incomplete(RESOURCE + " cannot be read", e);
        }
    }

    private static OccupationException incomplete(String what, @Nullable Throwable cause) {
        return new OccupationException(ErrorKind.INTERNAL,
                "This build of OccuCompare is incomplete (" + what + "); rebuild it with mvn package.", cause);
    }
}
