package org.occucompare.web;

import org.occucompare.web.cli.Cli;
import org.slf4j.bridge.SLF4JBridgeHandler;

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
        int exitCode = Cli.forArguments(System.getenv(), args).execute(args);
        System.exit(exitCode);
    }
}
