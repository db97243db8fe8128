package org.occucompare.analytics.plugin;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compatibility rule of {@link org.occucompare.core.spi.MetricSpi}: a plugin built for SPI {@code M.m} runs on a
 * host with SPI {@code M.n} when {@code m <= n}. Anything else is refused: a different MAJOR may have removed what the
 * plugin uses, and a newer MINOR may add what the host lacks.
 */
final class SpiVersions {
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private SpiVersions() {
    }

    /**
     * Checks a plugin's SPI version against the host's.
     *
     * @param plugin the plugin's version
     * @param host the host's version, {@code MAJOR.MINOR}
     * @return why the plugin cannot run, or empty if it can
     */
    static Optional<String> incompatibility(String plugin, String host) {
        Matcher p = FORM.matcher(plugin);
        Matcher h = FORM.matcher(host);
        if (!h.matches()) {
            throw new IllegalStateException("host SPI version " + host + " is not MAJOR.MINOR");
        }
        if (!p.matches()) {
            return Optional.of("its SPI version '" + plugin + "' is not of the form MAJOR.MINOR: implement spiVersion()"
                    + " as 'return MetricSpi.VERSION;'");
        }
        int pm = Integer.parseInt(p.group(1));
        int hm = Integer.parseInt(h.group(1));
        if (pm != hm) {
            return Optional.of("it was built for SPI " + plugin + " but this host runs SPI " + host + " (the major"
                    + " versions differ): rebuild the plugin against SPI " + hm + ".x");
        }
        if (Integer.parseInt(p.group(2)) > Integer.parseInt(h.group(2))) {
            return Optional.of("it was built for SPI " + plugin + ", newer than this host's SPI " + host + ": upgrade"
                    + " OccuCompare or rebuild the plugin against SPI " + host);
        }
        return Optional.empty();
    }
}
