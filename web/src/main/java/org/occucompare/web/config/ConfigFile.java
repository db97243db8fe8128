package org.occucompare.web.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/**
 * Reads the properties file given by {@code --config}: UTF-8, the same keys as the environment variables, plus the
 * metric plugins' settings ({@code occ.plugin.<id>.<key>}).
 */
final class ConfigFile {

    private ConfigFile() {
    }

    /**
     * Reads and checks a config file.
     *
     * @param file the file to read, never null
     * @param knownKeys the keys a config file may set, never null
     * @param open tells which other keys are accepted as they are (plugin settings, checked by their reader), never
     *     null
     * @return the file's settings, never null
     * @throws OccupationException of kind INVALID_INPUT when the file is missing, unreadable or sets an unknown key
     */
    static Map<String, String> read(Path file, Set<String> knownKeys, Predicate<String> open) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT,
                    "The config file " + file + " does not exist: check the path given to --config.", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, "The config file " + file
                    + " cannot be read (" + e.getMessage() + "): it must be a UTF-8 properties file.", e);
        }
        Map<String, String> settings = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (knownKeys.contains(key) || open.test(key)) {
                settings.put(key, properties.getProperty(key));
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, "The config file " + file + " sets unknown "
                    + (unknown.size() == 1 ? "setting " : "settings ") + String.join(", ", unknown)
                    + ": check the spelling; the known settings are " + String.join(", ", new TreeSet<>(knownKeys))
                    + ", and plugin settings named occ.plugin.<id>.<key>.");
        }
        return settings;
    }
}
