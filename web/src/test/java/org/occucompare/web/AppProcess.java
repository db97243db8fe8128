package org.occucompare.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app ({@code java -jar occucompare.jar}) as a separate process, for tests of what several processes
 * do at once: its output goes to files, its settings come only from the given environment.
 */
final class AppProcess implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final int port;

    private AppProcess(Process process, Path stdout, Path stderr, int port) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.port = port;
    }

    /** Starts the app with arguments, in a directory for its output; the environment holds its settings. */
    static AppProcess start(Path dir, Map<String, String> environment, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("occucompare.jar", "target/occucompare.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        String name = String.join("-", args).replaceAll("[^A-Za-z0-9.-]", "_");
        name = name.substring(0, Math.min(40, name.length())) + "-" + System.nanoTime();
        Path stdout = dir.resolve(name + ".out");
        Path stderr = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("OCCUCOMPARE_"));
        builder.environment().putAll(environment);
        int port = args.length > 0 && args[0].equals("serve") ? Integer.parseInt(args[2]) : -1;
        return new AppProcess(builder.start(), stdout, stderr, port);
    }

    /** Starts {@code serve} on a free port and waits until it answers {@code /api/health}. */
    static AppProcess serve(Path dir, Map<String, String> environment) throws Exception {
        AppProcess app = start(dir, environment, "serve", "--port", String.valueOf(freePort()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!app.process.isAlive()) {
                fail("serve exited with " + app.process.exitValue() + ": " + app.stderr());
            }
            try {
                if (app.get("/api/health").statusCode() == 200) {
                    return app;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        return fail("serve did not answer within 60 s: " + app.stderr());
    }

    /** Runs a command to its end and returns this process, whose exit code and output can then be read. */
    static AppProcess run(Path dir, Map<String, String> environment, String... args) throws Exception {
        AppProcess app = start(dir, environment, args);
        if (!app.process.waitFor(120, TimeUnit.SECONDS)) {
            app.process.destroyForcibly();
            fail(String.join(" ", args) + " did not finish within 120 s: " + app.stderr());
        }
        return app;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The port a {@code serve} listens on. */
    int port() {
        return port;
    }

    int exitCode() {
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(stdout);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Whether the process is still running. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process with SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process with SIGTERM (as Ctrl-C does), and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the app did not stop within 30 s of SIGTERM");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
