package org.occucompare.web.config;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * The raw settings behind an {@link AppConfig}, layered: a value in the properties file given by {@code --config}
 * wins over the same key in the environment. Blank values count as unset, as in shell practice.
 *
 * @param environment the process environment, never null
 * @param file the settings of the config file, empty when none was given, never null
 * @param fileLabel how messages name the file, such as {@code config file occucompare.properties}
 */
record Settings(Map<String, String> environment, Map<String, String> file, String fileLabel) {

    Settings {
        environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        file = Map.copyOf(requireNonNull(file, "file is null"));
        requireNonNull(fileLabel, "fileLabel is null");
    }

    /** The value of one setting and where it came from, for error messages. */
    record Value(String text, String source) {
        Value {
            requireNonNull(text, "text is null");
            requireNonNull(source, "source is null");
        }
    }

    /** The effective value of {@code key}, or empty when neither the file nor the environment sets it. */
    Optional<Value> get(String key) {
        String fromFile = file.get(key);
        if (fromFile != null && !fromFile.isBlank()) {
            return Optional.of(new Value(fromFile.strip(), "the " + fileLabel));
        }
        String fromEnvironment = environment.get(key);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new Value(fromEnvironment.strip(), "the environment"));
        }
        return Optional.empty();
    }
}
