package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.web.AppVersion;
import org.occucompare.web.Application;
import org.occucompare.web.WebApp;
import org.occucompare.web.WebDeps;
import org.occucompare.web.config.AppConfig;
import org.occucompare.web.logging.LogSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code occucompare serve}: runs the web app until Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run the web app and JSON API, and print the address it listens on. Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
    private final OccuCompareCommand root;

    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The port to listen on, 0 for any free one (default: OCCUCOMPARE_PORT, else 7070).")
    private @Nullable Integer port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 listens on every network interface).")
    private String host = "127.0.0.1";

    /**
     * Creates the command.
     *
     * @param root the top command, which holds the configuration, never null
     */
    public ServeCommand(OccuCompareCommand root) {
        this.root = requireNonNull(root, "root is null");
    }

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = root.config();
        if (port != null) {
            config = config.withPort(port);
        }
        LogSetup.apply(config.logFormat());
        String version = AppVersion.current();
        PrintWriter out = requireNonNull(spec, "spec is null").commandLine().getOut();
        // a fresh store starts with the bundled sample, so every page works offline; say which data this is
        Application application = Application.open(config, Clock.systemUTC());
        Javalin web;
        try {
            if (application.sampleLoaded()) {
                out.println("First start: loaded the bundled sample into " + config.databaseUrl());
            }
            out.println("Data: " + application.describe());
            out.println("Plugins: " + application.analysis().plugins().loaded().size() + " loaded, "
                    + application.analysis().plugins().rejected().size() + " refused (see /api/plugins)");
            web = start(WebApp.create(new WebDeps(version, application)), config);
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // stop taking requests before the store closes, so no request meets a closed store
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop();
            application.close();
            stopped.countDown();
        }, "occucompare-shutdown"));

        out.println("OccuCompare " + version + " is running at http://" + displayHost() + ":" + web.port()
                + "/ (press Ctrl-C to stop it)");
        out.flush();
        stopped.await();
        return 0;
    }

    private Javalin start(Javalin web, AppConfig config) {
        try {
            return web.start(host, config.port());
        } catch (JavalinBindException e) {
            web.stop();
            throw new OccupationException(ErrorKind.INTERNAL, "Cannot listen on " + host + ":" + config.port()
                    + " (" + e.getMessage() + "): stop whatever uses that port, or pick another with --port "
                    + "or OCCUCOMPARE_PORT.", e);
        }
    }

    private String displayHost() {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
