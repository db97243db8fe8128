package org.occucompare.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Section;

class AppConfigTest {
    private static final String TOKEN = "tok-3f9a1c77e2";

    @TempDir
    Path home;

    @Test
    void defaults_apply_when_nothing_is_set() {
        AppConfig config = AppConfig.load(Map.of(), Optional.empty(), home);

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:h2:file:" + home.resolve(".occucompare/occucompare"));
        assertThat(config.cosUserId()).isEmpty();
        assertThat(config.cosToken()).isEmpty();
        assertThat(config.cosBaseUrl()).isEqualTo(URI.create("https://api.careeronestop.org"));
        assertThat(config.pluginsDir()).isEqualTo(home.resolve(".occucompare/plugins"));
        assertThat(config.cacheFreshness()).isEqualTo(Duration.ofDays(30));
        assertThat(config.hasCareerOneStop()).isFalse();
        assertThat(config.pluginSettings()).isEmpty();
        assertThat(config.sections()).isEqualTo(Section.all());
    }

    @Test
    void the_default_sections_are_read_as_a_list_and_an_unknown_one_is_named_with_its_source() {
        AppConfig config = AppConfig.load(Map.of("OCCUCOMPARE_SECTIONS", "wages, projections"), Optional.empty(),
                home);

        assertThat(config.sections()).containsExactlyInAnyOrder(Section.WAGES, Section.PROJECTIONS,
                Section.METADATA);
        assertThat(config.toString()).contains("sections=wages,projections,metadata");
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_SECTIONS", "wages,pay"), Optional.empty(), home))
                .isInstanceOf(OccupationException.class).hasMessageContaining("OCCUCOMPARE_SECTIONS")
                .hasMessageContaining("'pay' is not a section");
    }

    @Test
    void cache_freshness_is_read_in_days() {
        AppConfig config = AppConfig.load(Map.of("OCCUCOMPARE_CACHE_DAYS", "7"), Optional.empty(), home);

        assertThat(config.cacheFreshness()).isEqualTo(Duration.ofDays(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "a week"})
    void invalid_cache_freshness_names_the_variable(String days) {
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_CACHE_DAYS", days), Optional.empty(), home))
                .isInstanceOf(OccupationException.class)
                .hasMessageContaining("OCCUCOMPARE_CACHE_DAYS")
                .hasMessageContaining("whole number of at least 1");
    }

    @Test
    void the_careeronestop_deadline_is_10_seconds_unless_set_in_seconds() {
        assertThat(AppConfig.load(Map.of(), Optional.empty(), home).cosDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(AppConfig.load(Map.of("OCCUCOMPARE_COS_DEADLINE_SECONDS", "25"), Optional.empty(), home)
                .cosDeadline()).isEqualTo(Duration.ofSeconds(25));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "121", "ten"})
    void an_invalid_deadline_names_the_variable_and_the_range(String seconds) {
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_COS_DEADLINE_SECONDS", seconds), Optional.empty(),
                home)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("OCCUCOMPARE_COS_DEADLINE_SECONDS").hasMessageContaining("from 1 to 120");
    }

    @Test
    void environment_sets_every_setting() {
        Map<String, String> env = Map.of(
                "OCCUCOMPARE_PORT", "8081",
                "OCCUCOMPARE_DB", "jdbc:h2:mem:test",
                "OCCUCOMPARE_COS_USER_ID", "user-1",
                "OCCUCOMPARE_COS_TOKEN", TOKEN,
                "OCCUCOMPARE_COS_BASE_URL", "http://127.0.0.1:9999/",
                "OCCUCOMPARE_PLUGINS_DIR", "custom/plugins");

        AppConfig config = AppConfig.load(env, Optional.empty(), home);

        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:h2:mem:test");
        assertThat(config.cosUserId()).hasValue("user-1");
        assertThat(config.cosToken()).map(Secret::reveal).hasValue(TOKEN);
        assertThat(config.cosBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        assertThat(config.pluginsDir()).isEqualTo(Path.of("custom/plugins"));
        assertThat(config.hasCareerOneStop()).isTrue();
    }

    @Test
    void blank_environment_values_count_as_unset() {
        AppConfig config = AppConfig.load(Map.of("OCCUCOMPARE_PORT", " ", "OCCUCOMPARE_COS_TOKEN", ""),
                Optional.empty(), home);

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.cosToken()).isEmpty();
    }

    @Test
    void config_file_wins_over_the_environment_and_the_environment_fills_the_rest() throws IOException {
        Path file = write("OCCUCOMPARE_PORT=9090\nOCCUCOMPARE_COS_USER_ID=from-file\n");
        Map<String, String> env = Map.of("OCCUCOMPARE_PORT", "8081", "OCCUCOMPARE_COS_USER_ID", "from-env",
                "OCCUCOMPARE_DB", "jdbc:h2:mem:env");

        AppConfig config = AppConfig.load(env, Optional.of(file), home);

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.cosUserId()).hasValue("from-file");
        assertThat(config.databaseUrl()).isEqualTo("jdbc:h2:mem:env");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "70000", "-1", "80.5"})
    void invalid_port_in_the_environment_names_the_variable_and_the_value(String port) {
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_PORT", port), Optional.empty(), home))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("OCCUCOMPARE_PORT in the environment is \"" + port + "\"")
                .hasMessageContaining("1 to 65535");
    }

    @Test
    void invalid_port_in_the_config_file_names_the_file() throws IOException {
        Path file = write("OCCUCOMPARE_PORT=seventy\n");

        assertThatThrownBy(() -> AppConfig.load(Map.of(), Optional.of(file), home))
                .hasMessageContaining("OCCUCOMPARE_PORT in the config file " + file + " is \"seventy\"");
    }

    @Test
    void port_override_out_of_range_is_invalid_input() {
        AppConfig config = AppConfig.load(Map.of(), Optional.empty(), home);

        assertThat(config.withPort(8000).port()).isEqualTo(8000);
        assertThatThrownBy(() -> config.withPort(65536))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("--port is 65536");
    }

    @Test
    void database_url_must_be_jdbc() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_DB", "occucompare.db"), Optional.empty(), home))
                .hasMessageContaining("OCCUCOMPARE_DB in the environment is not a JDBC URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.careeronestop.org", "ftp://example.org", "http://"})
    void base_url_must_be_an_http_url(String url) {
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_COS_BASE_URL", url), Optional.empty(), home))
                .hasMessageContaining("OCCUCOMPARE_COS_BASE_URL in the environment is \"" + url + "\"");
    }

    @Test
    void plugins_dir_may_start_with_a_tilde_for_the_home_directory() {
        AppConfig config = AppConfig.load(Map.of("OCCUCOMPARE_PLUGINS_DIR", "~/my-plugins"), Optional.empty(), home);

        assertThat(config.pluginsDir()).isEqualTo(home.resolve("my-plugins"));
    }

    @Test
    void missing_config_file_is_invalid_input_naming_the_file() {
        Path missing = home.resolve("nope.properties");

        assertThatThrownBy(() -> AppConfig.load(Map.of(), Optional.of(missing), home))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining(missing + " does not exist");
    }

    @Test
    void unknown_key_in_the_config_file_is_refused_with_the_known_keys() throws IOException {
        Path file = write("OCCUCOMPARE_PROT=8080\n");

        assertThatThrownBy(() -> AppConfig.load(Map.of(), Optional.of(file), home))
                .hasMessageContaining("unknown setting OCCUCOMPARE_PROT")
                .hasMessageContaining("OCCUCOMPARE_PORT");
    }

    @Test
    void plugin_settings_come_from_the_environment_in_either_spelling_and_the_file_wins() throws IOException {
        Path file = write("occ.plugin.task-count.category=Supplemental\n"
                + "OCCUCOMPARE_PLUGIN_WAGE_SPREAD__UPPER__PERCENTILE=75\n");
        Map<String, String> env = Map.of("OCCUCOMPARE_PLUGIN_TASK_COUNT__CATEGORY", "Core",
                "occ.plugin.cost-of-living.table", " rpp-2023 ", "OCCUCOMPARE_PLUGIN_NAMED__MIN_SCORE", "3",
                "OCCUCOMPARE_PLUGIN_BLANK__KEY", " ", "OCCUCOMPARE_PLUGINS_DIR", home.toString());

        AppConfig config = AppConfig.load(env, Optional.of(file), home);

        assertThat(config.pluginSettings()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "occ.plugin.task-count.category", "Supplemental",
                "occ.plugin.wage-spread.upper.percentile", "75",
                "occ.plugin.cost-of-living.table", "rpp-2023",
                "occ.plugin.named.min-score", "3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OCCUCOMPARE_PLUGIN_TASK_COUNT", "occ.plugin.task-count", "occ.plugin.Task.x"})
    void a_malformed_plugin_setting_is_refused_with_the_accepted_forms(String name) {
        assertThatThrownBy(() -> AppConfig.load(Map.of(name, "1"), Optional.empty(), home))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("The plugin setting " + name + " in the environment")
                .hasMessageContaining("occ.plugin.<id>.<key>");
    }

    @Test
    void to_string_names_plugin_settings_without_their_values() {
        AppConfig config = AppConfig.load(Map.of("occ.plugin.quotes.api-key", "k-829d"), Optional.empty(), home);

        assertThat(config.toString()).contains("pluginSettings=[occ.plugin.quotes.api-key]").doesNotContain("k-829d");
    }

    @Test
    void to_string_never_shows_the_token() {
        AppConfig config = AppConfig.load(Map.of("OCCUCOMPARE_COS_USER_ID", "user-1", "OCCUCOMPARE_COS_TOKEN",
                TOKEN), Optional.empty(), home);

        assertThat(config.toString()).contains("user-1", "cosToken=****").doesNotContain(TOKEN);
        assertThat(config.cosToken().orElseThrow().toString()).isEqualTo("****");
        assertThat(String.valueOf(config.cosToken())).doesNotContain(TOKEN);
    }

    @Test
    void to_string_masks_a_password_in_the_database_url() {
        AppConfig config = AppConfig.load(Map.of("OCCUCOMPARE_DB",
                "jdbc:postgresql://db:5432/occ?user=occ&password=hunter2"), Optional.empty(), home);

        assertThat(config.toString()).contains("password=****").doesNotContain("hunter2");
    }

    @Test
    void database_credentials_come_from_the_config_file_and_the_password_is_never_shown() throws IOException {
        Path file = write("OCCUCOMPARE_DB=jdbc:postgresql://db:5432/occ\nOCCUCOMPARE_DB_USER=occ\n"
                + "OCCUCOMPARE_DB_PASSWORD=s3cret-pw-77\nOCCUCOMPARE_LOG_FORMAT=JSON\n");

        AppConfig config = AppConfig.load(Map.of("OCCUCOMPARE_DB_USER", "from-env"), Optional.of(file), home);

        assertThat(config.databaseUser()).contains("occ");
        assertThat(config.databasePassword().orElseThrow().reveal()).isEqualTo("s3cret-pw-77");
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.toString()).contains("databaseUser=occ", "databasePassword=****", "logFormat=JSON")
                .doesNotContain("s3cret-pw-77");
    }

    @Test
    void a_database_url_of_another_kind_or_an_unknown_log_format_names_the_setting() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_DB", "jdbc:mysql://db/occ"), Optional.empty(),
                home)).isInstanceOf(OccupationException.class).hasMessageContaining("OCCUCOMPARE_DB")
                .hasMessageContaining("jdbc:postgresql://host:5432/occucompare");
        assertThatThrownBy(() -> AppConfig.load(Map.of("OCCUCOMPARE_LOG_FORMAT", "xml"), Optional.empty(), home))
                .isInstanceOf(OccupationException.class).hasMessageContaining("OCCUCOMPARE_LOG_FORMAT")
                .hasMessageContaining("text or json");
    }

    private Path write(String properties) throws IOException {
        Path file = home.resolve("occucompare.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }
}
