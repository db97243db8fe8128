package org.occucompare.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.occucompare.web.config.LogFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogSetupTest {
    @Test
    void json_format_writes_one_json_object_per_line_and_text_restores_the_plain_lines() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LogSetup.apply(LogFormat.JSON);
            LoggerFactory.getLogger("org.occucompare.test").info("imported \"version\" {}", 3);
            LogSetup.apply(LogFormat.TEXT);
            LoggerFactory.getLogger("org.occucompare.test").info("back to text");
        } finally {
            System.setErr(original);
        }

        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("loggerName").asText()).isEqualTo("org.occucompare.test");
        assertThat(json.get("formattedMessage").asText()).isEqualTo("imported \"version\" 3");
        assertThat(json.has("message")).isFalse();
        assertThat(lines[1]).matches("\\d\\d:\\d\\d:\\d\\d INFO  test - back to text");
    }

    @Test
    void the_app_configuration_quiets_the_libraries_and_writes_to_standard_error() {
        LogSetup.apply(LogFormat.TEXT);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.zaxxer.hikari").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
        ConsoleAppender<?> console = (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("CONSOLE");
        assertThat(console.getTarget()).isEqualTo("System.err");
    }
}
