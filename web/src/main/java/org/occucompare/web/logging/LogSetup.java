package org.occucompare.web.logging;

import static java.util.Objects.requireNonNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.util.Iterator;
import org.occucompare.web.config.LogFormat;
import org.slf4j.LoggerFactory;

/**
 * Applies the log format setting: text lines as {@link LogConfigurator} configures them, or one JSON object per line
 * (Logback's {@link JsonEncoder}: timestamp, level, logger, thread, message, MDC and any throwable) for log
 * collectors.
 */
public final class LogSetup {
    private LogSetup() {
    }

    /**
     * Sets how much the console log says: {@code serve} reports at info (its start, plugins loaded, listening
     * address); the one-shot commands are quiet by default, so a report on standard output comes with no log lines
     * on standard error but warnings and errors, unless {@code --verbose} asks for the info lines too.
     *
     * @param verbose true for info lines, false for warnings and errors only
     */
    public static void verbosity(boolean verbose) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(verbose ? Level.INFO : Level.WARN);
        }
    }

    /**
     * Switches the console log lines to the given format: text as {@link LogConfigurator} configures it, or JSON.
     *
     * @param format the format, never null
     */
    public static void apply(LogFormat format) {
        requireNonNull(format, "format is null");
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J provider: its own configuration applies
        }
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            // an operator's configuration file failed to parse: Logback falls back to its basic console configuration
        }
        if (format == LogFormat.TEXT) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof ConsoleAppender<ILoggingEvent> console) {
                JsonEncoder json = new JsonEncoder();
                json.setContext(context);
                json.setWithSequenceNumber(false);
                json.setWithNanoseconds(false);
                json.setWithContext(false);
                json.setWithMessage(false);
                json.setWithArguments(false);
                json.setWithFormattedMessage(true);
                json.start();
                console.stop();
                console.setEncoder(json);
                console.start();
            }
        }
    }
}
