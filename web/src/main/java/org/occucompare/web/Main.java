package org.occucompare.web;

import org.occucompare.web.cli.Cli;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/**
 * The entry point of {@code occucompare.jar}: runs the command line and exits with its code (0 ok, 1 runtime
 * failure, 2 bad usage). The only place that calls {@code System.exit}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args the command-line arguments, never null
     */
    public static void main(String[] args) {
        // before any AWT class loads: charts are rendered on servers and terminals without a display
        System.setProperty("java.awt.headless", "true");
        // System.Logger (analytics, plugins) goes through java.util.logging: send it to SLF4J, one format for all
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // Logback configures itself on first use, about a tenth of a second: let it do so on the other core while
        // picocli builds the command line, which logs nothing, and wait for it before the run, which may log (an
        // event logged during the configuration would be replayed with a warning from SLF4J)
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "log-setup");
        logging.setDaemon(true);
        logging.start();
        CommandLine commandLine = Cli.forArguments(System.getenv(), args);
        try {
            logging.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(commandLine.execute(args));
    }
}
