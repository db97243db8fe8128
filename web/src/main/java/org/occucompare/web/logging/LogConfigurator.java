package org.occucompare.web.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * The app's Logback configuration, in code: log lines go to standard error, so the command line's results on
 * standard output stay clean; our own messages at info, Jetty, Flyway and the connection pool only when something is
 * wrong. Logback finds it through {@code ServiceLoader} before it looks for {@code logback.xml}: reading and
 * interpreting an XML file took about a tenth of a second of every one-shot command. A configuration file named by
 * {@code -Dlogback.configurationFile} still wins. {@code OCCUCOMPARE_LOG_FORMAT=json} switches {@code serve} to one
 * JSON object per line ({@link LogSetup}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    /** The layout of a text log line: time, level, logger's simple name, message. */
    static final String PATTERN = "%d{HH:mm:ss} %-5level %logger{0} - %msg%n";

    /** Creates the configurator; Logback calls it. */
    public LogConfigurator() {
        // ServiceLoader needs a public no-argument constructor
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // the operator's own file: Logback's Joran reads it
        }
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();

        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
