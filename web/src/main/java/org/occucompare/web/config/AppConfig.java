package org.occucompare.web.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Section;

/**
 * The startup configuration of OccuCompare, validated. Each setting comes, highest precedence first, from the
 * properties file given by {@code --config} (keys as the environment variables), the environment, then the default.
 * Command-line options such as {@code serve --port} override all three. Metric plugins' settings come the same way
 * (see {@link #pluginSettings()}). {@link #toString()} never shows the token, a password in the database URL nor the
 * value of a plugin setting. Immutable and thread-safe.
 *
 * @param port the HTTP port of {@code serve}, 0 to 65535 (0 picks any free port); default 7070
 * @param databaseUrl the JDBC URL of the local store; default an H2 file in {@code ~/.occucompare/}
 * @param cosUserId the CareerOneStop user id, empty when not configured
 * @param cosToken the CareerOneStop API token, empty when not configured
 * @param cosBaseUrl the CareerOneStop API base URL, without a trailing slash
 * @param pluginsDir the directory scanned for metric-plugin jars; default {@code ~/.occucompare/plugins}
 * @param cacheFreshness how long CareerOneStop answers are served from the local cache before they are fetched
 *     again; positive, default 30 days
 * @param databaseUser the user of a PostgreSQL store, empty when the URL or the server's defaults say it
 * @param databasePassword the password of a PostgreSQL store, empty when none is needed
 * @param logFormat how log lines are written: plain text (default) or one JSON object per line
 * @param pluginSettings the metric plugins' settings by their {@code occ.plugin.<id>.<key>} name (each plugin sees
 *     its own, prefix removed); never null, empty by default
 * @param cosDeadline the longest one lookup of CareerOneStop may take, all attempts included, before what has not
 *     answered is left out (or served stale from the cache); 1 to 120 s, default 10 s
 * @param sections the sections fetched when a request names none (no {@code --sections}, no {@code ?sections=});
 *     never null or empty, every section by default
 */
public record AppConfig(int port, String databaseUrl, Optional<String> cosUserId, Optional<Secret> cosToken,
        URI cosBaseUrl, Path pluginsDir, Duration cacheFreshness, Optional<String> databaseUser,
        Optional<Secret> databasePassword, LogFormat logFormat, Map<String, String> pluginSettings,
        Duration cosDeadline, Set<Section> sections) {

    /** Environment variable (and config-file key) of {@link #port()}. */
    public static final String PORT = "OCCUCOMPARE_PORT";
    /** Environment variable (and config-file key) of {@link #databaseUrl()}. */
    public static final String DB = "OCCUCOMPARE_DB";
    /** Environment variable (and config-file key) of {@link #cosUserId()}. */
    public static final String COS_USER_ID = "OCCUCOMPARE_COS_USER_ID";
    /** Environment variable (and config-file key) of {@link #cosToken()}. */
    public static final String COS_TOKEN = "OCCUCOMPARE_COS_TOKEN";
    /** Environment variable (and config-file key) of {@link #cosBaseUrl()}. */
    public static final String COS_BASE_URL = "OCCUCOMPARE_COS_BASE_URL";
    /** Environment variable (and config-file key) of {@link #pluginsDir()}. */
    public static final String PLUGINS_DIR = "OCCUCOMPARE_PLUGINS_DIR";
    /** Environment variable (and config-file key) of {@link #cacheFreshness()}, in whole days. */
    public static final String CACHE_DAYS = "OCCUCOMPARE_CACHE_DAYS";
    /** Environment variable (and config-file key) of {@link #databaseUser()}. */
    public static final String DB_USER = "OCCUCOMPARE_DB_USER";
    /** Environment variable (and config-file key) of {@link #databasePassword()}. */
    public static final String DB_PASSWORD = "OCCUCOMPARE_DB_PASSWORD";
    /** Environment variable (and config-file key) of {@link #logFormat()}: {@code text} or {@code json}. */
    public static final String LOG_FORMAT = "OCCUCOMPARE_LOG_FORMAT";
    /** Environment variable (and config-file key) of {@link #cosDeadline()}, in whole seconds. */
    public static final String COS_DEADLINE = "OCCUCOMPARE_COS_DEADLINE_SECONDS";
    /** How long a CareerOneStop lookup may take unless configured otherwise. */
    public static final Duration DEFAULT_COS_DEADLINE = Duration.ofSeconds(10);
    /** Environment variable (and config-file key) of {@link #sections()}: {@code all} or ids such as {@code wages}. */
    public static final String SECTIONS = "OCCUCOMPARE_SECTIONS";
    /** Every setting, in the order the docs list them. */
    public static final List<String> SETTINGS = List.of(PORT, DB, COS_USER_ID, COS_TOKEN, COS_BASE_URL, PLUGINS_DIR,
            CACHE_DAYS, DB_USER, DB_PASSWORD, LOG_FORMAT, COS_DEADLINE, SECTIONS);
    /** How long cached CareerOneStop answers stay fresh unless {@value #CACHE_DAYS} says otherwise. */
    public static final Duration DEFAULT_CACHE_FRESHNESS = Duration.ofDays(30);

    /** The default port of {@code serve}. */
    public static final int DEFAULT_PORT = 7070;
    /** The public CareerOneStop web API. */
    public static final URI DEFAULT_COS_BASE_URL = URI.create("https://api.careeronestop.org");

    /** Validates the components; see {@link #from} for the messages. */
    public AppConfig {
        checkPort(port, "the port");
        requireNonNull(databaseUrl, "databaseUrl is null");
        requireNonNull(cosUserId, "cosUserId is null");
        requireNonNull(cosToken, "cosToken is null");
        requireNonNull(cosBaseUrl, "cosBaseUrl is null");
        requireNonNull(pluginsDir, "pluginsDir is null");
        requireNonNull(cacheFreshness, "cacheFreshness is null");
        pluginSettings = Map.copyOf(requireNonNull(pluginSettings, "pluginSettings is null"));
        if (cacheFreshness.isNegative() || cacheFreshness.isZero()) {
            throw invalid("The cache freshness is " + cacheFreshness + ": it must be positive.");
        }
        requireNonNull(databaseUser, "databaseUser is null");
        requireNonNull(databasePassword, "databasePassword is null");
        requireNonNull(logFormat, "logFormat is null");
        requireNonNull(cosDeadline, "cosDeadline is null");
        if (cosDeadline.isNegative() || cosDeadline.isZero()) {
            throw invalid("The CareerOneStop deadline is " + cosDeadline + ": it must be positive.");
        }
        sections = Set.copyOf(requireNonNull(sections, "sections is null"));
        if (sections.isEmpty()) {
            throw invalid("No section is configured: set " + SECTIONS + " to all or to a list such as wages,skills.");
        }
    }

    /** Whether a CareerOneStop user id and token are both set, so live data can be fetched. */
    public boolean hasCareerOneStop() {
        return cosUserId.isPresent() && cosToken.isPresent();
    }

    /**
     * Reads the configuration of this process: its environment, an optional config file and the user's home.
     *
     * @param environment the environment variables, such as {@code System.getenv()}, never null
     * @param configFile the file given by {@code --config}, or empty
     * @return the validated configuration, never null
     * @throws OccupationException of kind INVALID_INPUT naming the setting and its source when a value is invalid
     */
    public static AppConfig load(Map<String, String> environment, Optional<Path> configFile) {
        return load(environment, configFile, Path.of(System.getProperty("user.home")));
    }

    /** As {@link #load(Map, Optional)}, with the home directory that the defaults live under given explicitly. */
    public static AppConfig load(Map<String, String> environment, Optional<Path> configFile, Path home) {
        Map<String, String> fileSettings = configFile.map(f -> ConfigFile.read(f, Set.copyOf(SETTINGS),
                PluginSettings::isPluginSetting)).orElse(Map.of());
        String label = configFile.map(f -> "config file " + f).orElse("config file");
        return from(new Settings(environment, fileSettings, label), home);
    }

    private static AppConfig from(Settings settings, Path home) {
        Path appHome = home.resolve(".occucompare");
        int port = settings.get(PORT).map(AppConfig::parsePort).orElse(DEFAULT_PORT);
        String db = settings.get(DB).map(AppConfig::checkJdbcUrl)
                .orElse("jdbc:h2:file:" + appHome.resolve("occucompare"));
        Optional<String> userId = settings.get(COS_USER_ID).map(Settings.Value::text);
        Optional<Secret> token = settings.get(COS_TOKEN).map(v -> Secret.of(v.text()));
        URI baseUrl = settings.get(COS_BASE_URL).map(AppConfig::parseBaseUrl).orElse(DEFAULT_COS_BASE_URL);
        Path plugins = settings.get(PLUGINS_DIR).map(v -> parseDirectory(v, home)).orElse(appHome.resolve("plugins"));
        Duration freshness = settings.get(CACHE_DAYS).map(AppConfig::parseDays).orElse(DEFAULT_CACHE_FRESHNESS);
        Optional<String> dbUser = settings.get(DB_USER).map(Settings.Value::text);
        Optional<Secret> dbPassword = settings.get(DB_PASSWORD).map(v -> Secret.of(v.text()));
        LogFormat logFormat = settings.get(LOG_FORMAT).map(AppConfig::parseLogFormat).orElse(LogFormat.TEXT);
        Duration deadline = settings.get(COS_DEADLINE).map(AppConfig::parseDeadline).orElse(DEFAULT_COS_DEADLINE);
        Set<Section> sections = settings.get(SECTIONS).map(AppConfig::parseSections).orElse(Section.all());
        return new AppConfig(port, db, userId, token, baseUrl, plugins, freshness, dbUser, dbPassword, logFormat,
                PluginSettings.from(settings), deadline, sections);
    }

    /**
     * A copy with another port, for the {@code --port} option.
     *
     * @param newPort 0 to 65535
     * @return the changed copy, never null
     */
    public AppConfig withPort(int newPort) {
        checkPort(newPort, "--port");
        return new AppConfig(newPort, databaseUrl, cosUserId, cosToken, cosBaseUrl, pluginsDir, cacheFreshness,
                databaseUser, databasePassword, logFormat, pluginSettings, cosDeadline, sections);
    }

    /** All settings, with the token and any database password masked, and plugin settings by name only. */
    @Override
    public String toString() {
        return "AppConfig[port=" + port + ", databaseUrl=" + JdbcUrls.masked(databaseUrl)
                + ", cosUserId=" + cosUserId.orElse("(not set)")
                + ", cosToken=" + cosToken.map(Secret::toString).orElse("(not set)")
                + ", cosBaseUrl=" + cosBaseUrl + ", pluginsDir=" + pluginsDir
                + ", cacheFreshness=" + cacheFreshness.toDays() + " days"
                + ", databaseUser=" + databaseUser.orElse("(not set)")
                + ", databasePassword=" + databasePassword.map(Secret::toString).orElse("(not set)")
                + ", logFormat=" + logFormat + ", cosDeadline=" + cosDeadline.toSeconds() + " s"
                + ", sections=" + (sections.size() == Section.values().length ? "all"
                        : sections.stream().sorted().map(Section::id).collect(Collectors.joining(",")))
                + ", pluginSettings=" + new TreeSet<>(pluginSettings.keySet()) + "]";
    }

    private static void checkPort(int port, String what) {
        if (port < 0 || port > 65535) {
            throw invalid(what + " is " + port + ", not a port number: use 1 to 65535, such as 7070 "
                    + "(0 picks any free port).");
        }
    }

    private static int parsePort(Settings.Value value) {
        try {
            int port = Integer.parseInt(value.text());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an out-of-range number
        }
        throw invalid(PORT + " in " + value.source() + " is \"" + value.text() + "\", not a port number: set it to "
                + "a whole number from 1 to 65535, such as 7070 (0 picks any free port).");
    }

    private static Duration parseDeadline(Settings.Value value) {
        try {
            int seconds = Integer.parseInt(value.text());
            if (seconds >= 1 && seconds <= 120) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as a number out of range
        }
        throw invalid(COS_DEADLINE + " in " + value.source() + " is \"" + value.text() + "\", not a number of seconds "
                + "from 1 to 120: set it to a whole number such as 10.");
    }

    private static Duration parseDays(Settings.Value value) {
        try {
            int days = Integer.parseInt(value.text());
            if (days > 0) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as a number out of range
        }
        throw invalid(CACHE_DAYS + " in " + value.source() + " is \"" + value.text() + "\", not a number of days: "
                + "set it to a whole number of at least 1, such as 30.");
    }

    private static String checkJdbcUrl(Settings.Value value) {
        if (!value.text().startsWith("jdbc:h2:") && !value.text().startsWith("jdbc:postgresql:")) {
            throw invalid(DB + " in " + value.source() + " is not a JDBC URL of H2 or PostgreSQL: set it to a URL such"
                    + " as jdbc:h2:file:/path/to/occucompare or jdbc:postgresql://host:5432/occucompare.");
        }
        return value.text();
    }

    private static Set<Section> parseSections(Settings.Value value) {
        try {
            return Section.parseList(value.text());
        } catch (OccupationException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, SECTIONS + " in " + value.source() + ": "
                    + e.getMessage(), e);
        }
    }

    private static LogFormat parseLogFormat(Settings.Value value) {
        return LogFormat.parse(value.text()).orElseThrow(() -> invalid(LOG_FORMAT + " in " + value.source() + " is \""
                + value.text() + "\": set it to text or json."));
    }

    private static URI parseBaseUrl(Settings.Value value) {
        String text = value.text().replaceAll("/+$", "");
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw invalid(COS_BASE_URL + " in " + value.source() + " is \"" + value.text() + "\", not an http(s) URL: "
                + "set it to a base URL such as " + DEFAULT_COS_BASE_URL + ", or leave it unset.");
    }

    private static Path parseDirectory(Settings.Value value, Path home) {
        String text = value.text();
        try {
            return text.equals("~") || text.startsWith("~/") ? home.resolve(text.substring(1).replaceFirst("^/", ""))
                    : Path.of(text);
        } catch (InvalidPathException e) {
            throw new OccupationException(ErrorKind.INVALID_INPUT, PLUGINS_DIR + " in " + value.source()
                    + " is not a valid path (" + e.getReason() + "): set it to a directory.", e);
        }
    }

    private static OccupationException invalid(String message) {
        return new OccupationException(ErrorKind.INVALID_INPUT, message);
    }
}
