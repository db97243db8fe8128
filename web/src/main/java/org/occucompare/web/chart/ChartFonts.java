package org.occucompare.web.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The typeface of every chart: DejaVu Sans where it is installed (CI installs {@code fonts-dejavu-core}), else the
 * first installed of a few common sans-serifs, else Java's logical sans-serif. PDF output embeds the very font files
 * the layout was measured with, so its text is selectable and looks like the PNG; SVG names the family with
 * fallbacks of similar width. Stateless apart from the constants found once per JVM; thread-safe.
 */
final class ChartFonts {
    private static final List<String> FAMILIES = List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica",
            "Noto Sans");
    private static final String FAMILY = chooseFamily();

    private ChartFonts() {
    }

    /** The family in use, such as "DejaVu Sans"; never null. */
    static String family() {
        return FAMILY;
    }

    /** The CSS font-family list for SVG: the family, then fallbacks of similar width; never null. */
    static String cssFamilies() {
        List<String> families = new ArrayList<>();
        if (!FAMILY.equals(Font.SANS_SERIF)) {
            families.add(FAMILY);
        }
        for (String fallback : List.of("DejaVu Sans", "Verdana", "Arial")) {
            if (!families.contains(fallback)) {
                families.add(fallback);
            }
        }
        return String.join(", ", families.stream().map(f -> "'" + f + "'").toList()) + ", sans-serif";
    }

    /**
     * The regular face at a size.
     *
     * @param points the size in points
     * @return the font, never null
     */
    static Font plain(double points) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont((float) points);
    }

    /**
     * The bold face at a size.
     *
     * @param points the size in points
     * @return the font, never null
     */
    static Font bold(double points) {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont((float) points);
    }

    /**
     * The TrueType files of the regular and bold faces, by {@link Font#getFontName()}, for embedding in PDF; found
     * once per JVM in the usual font folders. Empty when they cannot be found: PDF text is then drawn as outlines.
     */
    static Map<String, Path> trueTypeFiles() {
        return FontFiles.FILES;
    }

    private static String chooseFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
        return FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }

    /** The font files, looked for only when a PDF is first drawn. */
    private static final class FontFiles {
        static final Map<String, Path> FILES = find();

        private static Map<String, Path> find() {
            if (FAMILY.equals(Font.SANS_SERIF)) {
                return Map.of(); // a logical font has no file of its own
            }
            List<String> wanted = List.of(plain(10).getFontName(), bold(10).getFontName());
            String stem = FAMILY.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
            Map<String, Path> found = new LinkedHashMap<>();
            for (Path dir : folders()) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir, 6)) {
                    for (Path file : files.filter(f -> candidate(f, stem)).sorted().toList()) {
                        name(file).filter(wanted::contains).ifPresent(n -> found.putIfAbsent(n, file));
                    }
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder: look in the next one
                }
                if (found.keySet().containsAll(wanted)) {
                    break;
                }
            }
            return Map.copyOf(found);
        }

        private static boolean candidate(Path file, String stem) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            return name.endsWith(".ttf") && name.replaceAll("[^a-z0-9.]", "").startsWith(stem);
        }

        private static Optional<String> name(Path file) {
            try {
                return Optional.of(Font.createFont(Font.TRUETYPE_FONT, file.toFile()).getFontName());
            } catch (FontFormatException | IOException e) {
                return Optional.empty();
            }
        }

        private static List<Path> folders() {
            List<Path> dirs = new ArrayList<>();
            String home = System.getProperty("user.home", "");
            dirs.add(Path.of(System.getProperty("java.home", ""), "lib", "fonts"));
            for (String dir : List.of("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts",
                    "/System/Library/Fonts")) {
                dirs.add(Path.of(dir));
            }
            for (String dir : List.of(".local/share/fonts", ".fonts", "Library/Fonts")) {
                dirs.add(Path.of(home, dir));
            }
            Optional.ofNullable(System.getenv("WINDIR")).ifPresent(w -> dirs.add(Path.of(w, "Fonts")));
            return dirs;
        }
    }
}
