package org.occucompare.web.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Names, download addresses and the citations the publishers ask for, per data source. */
final class SourceCitations {
    private static final Logger LOG = LoggerFactory.getLogger(SourceCitations.class);
    static final String ONET_URL = "https://www.onetcenter.org/database.html";
    static final String OEWS_URL = "https://www.bls.gov/oes/tables.htm";
    static final String EP_URL = "https://www.bls.gov/emp/tables.htm";
    static final String STATE_URL = "https://projectionscentral.org";
    private static final Pattern ZIP_VERSION = Pattern.compile("(?i).*db_(\\d+)_(\\d+).*");
    private static final Pattern DIR_VERSION = Pattern.compile(".*?(\\d{2})\\.(\\d).*");
    private static final Pattern README_VERSION = Pattern.compile("O\\*NET (\\d+\\.\\d+) Database.*");

    private SourceCitations() {
    }

    /** The O*NET attribution required by its CC BY 4.0 licence. */
    static String onetCitation(String version) {
        return "This product uses information from the O*NET " + version + " Database by the U.S. Department of"
                + " Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license."
                + " O*NET® is a trademark of USDOL/ETA.";
    }

    static String oewsCitation(int year) {
        return "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May " + year
                + " (public domain).";
    }

    static String epCitation() {
        return "Source: U.S. Bureau of Labor Statistics, Employment Projections program (public domain).";
    }

    static String stateCitation(YearRange round) {
        return "Source: Projections Central (Projections Managing Partnership of state labor market information"
                + " agencies, BLS and USDOL/ETA), long-term occupational projections " + round.baseYear() + "–"
                + round.projectedYear() + ".";
    }

    /** The O*NET release of a file: from the official zip or folder name, a sibling Read Me, or its folder. */
    static Optional<String> onetVersion(SourceFile file) {
        Matcher zip = ZIP_VERSION.matcher(file.location());
        if (zip.matches()) {
            return Optional.of(zip.group(1) + "." + zip.group(2));
        }
        Path path = Path.of(file.location());
        Path parent = path.getParent();
        if (parent != null) {
            Path readMe = parent.resolve("Read Me.txt");
            try {
                if (Files.isRegularFile(readMe)) {
                    List<String> lines = Files.readAllLines(readMe);
                    Matcher m = lines.isEmpty() ? null : README_VERSION.matcher(lines.get(0).trim());
                    if (m != null && m.matches()) {
                        return Optional.of(m.group(1));
                    }
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // no readable Read Me: fall back to the folder name
                LOG.debug("Could not read the O*NET version from {} ({}); taking it from the folder name", readMe,
                        e.getMessage());
            }
            Path folder = parent.getFileName();
            Matcher dir = DIR_VERSION.matcher(folder == null ? "" : folder.toString());
            if (dir.matches()) {
                return Optional.of(dir.group(1) + "." + dir.group(2));
            }
        }
        return Optional.empty();
    }
}
