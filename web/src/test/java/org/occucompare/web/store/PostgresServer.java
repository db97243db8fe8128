package org.occucompare.web.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.occucompare.web.config.Secret;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} in a temporary directory, {@code pg_ctl start} on a free
 * loopback port, password authentication over TCP, and {@code pg_ctl stop} plus deletion at {@link #close()}. The
 * server binaries come from the PATH or Debian's {@code /usr/lib/postgresql/N/bin}. PostgreSQL refuses to run as
 * root, so as root (CI) the cluster belongs to the {@code postgres} user (or {@code nobody}) and runs as it.
 *
 * <p>Without the binaries, tests that need the server are skipped with a message, except on CI ({@code CI=true}),
 * where they fail: the store's contract must hold on PostgreSQL there.
 */
public final class PostgresServer implements AutoCloseable {
    /** The superuser the cluster is created with, and the one the tests connect as. */
    public static final String USER = "occucompare";
    /** Its password; TCP connections must give it. */
    public static final Secret PASSWORD = Secret.of("test-" + UUID.randomUUID());

    private final Path dir;
    private final Path bin;
    private final List<String> asUser;
    private final int port;

    private PostgresServer(Path dir, Path bin, List<String> asUser, int port) {
        this.dir = dir;
        this.bin = bin;
        this.asUser = asUser;
        this.port = port;
    }

    /** The server binaries, if this machine has them. */
    static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin")).sorted(Comparator.comparing(PostgresServer::majorVersion)
                        .reversed()).forEach(candidates::add);
            } catch (IOException e) {
                // none found there
            }
        }
        return candidates.stream().filter(d -> Files.isExecutable(d.resolve("initdb"))
                && Files.isExecutable(d.resolve("pg_ctl")) && Files.isExecutable(d.resolve("postgres")))
                .map(d -> d.resolve("initdb").toAbsolutePath().normalize()).map(PostgresServer::realBin).findFirst();
    }

    /** Starts a cluster, or skips the calling test (fails it on CI) when the binaries are missing. */
    public static PostgresServer start() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String message = "PostgreSQL's server binaries (initdb, pg_ctl, postgres) are not on the PATH nor in"
                    + " /usr/lib/postgresql/N/bin: install them (apt-get install postgresql) to run the PostgreSQL"
                    + " half of the store tests.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: " + message);
            }
            assumeTrue(false, "skipped: " + message);
        }
        try {
            Path dir = Files.createTempDirectory("occucompare-pg");
            List<String> asUser = unprivilegedPrefix();
            if (!asUser.isEmpty()) {
                run(List.of("chown", owner(asUser), dir.toString()), dir);
            }
            int port = freePort();
            PostgresServer server = new PostgresServer(dir, bin.get(), asUser, port);
            server.initAndStart();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a PostgreSQL cluster: " + e.getMessage(), e);
        }
    }

    private void initAndStart() throws IOException {
        Path password = dir.resolve("password");
        Files.writeString(password, PASSWORD.reveal() + "\n", StandardCharsets.UTF_8);
        if (!asUser.isEmpty()) {
            run(List.of("chown", owner(asUser), password.toString()), dir);
        }
        runAs(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                "--pwfile=" + password, "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
                "-E", "UTF8", "--locale=C"));
        runAs(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"));
    }

    /** A JDBC URL of a new, empty database of this cluster. */
    public String newDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD.reveal());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a database: " + e.getMessage(), e);
        }
        return url(name);
    }

    /** The JDBC URL of a database of this cluster. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Stops the server and deletes its files. */
    @Override
    public void close() {
        try {
            runAs(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                    "-w", "stop"));
        } catch (IOException | IllegalStateException e) {
            // deleting the files below ends a server that did not stop
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    private void runAs(List<String> command) throws IOException {
        List<String> full = new ArrayList<>(asUser);
        full.addAll(command);
        run(full, dir);
    }

    private static void run(List<String> command, Path dir) throws IOException {
        Path log = Files.createTempFile("occucompare-pg", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** How to run a command as a user PostgreSQL accepts: nothing to add unless this process runs as root. */
    private static List<String> unprivilegedPrefix() throws IOException {
        if (!isRoot()) {
            return List.of();
        }
        boolean hasPostgres = Files.readAllLines(Path.of("/etc/passwd")).stream()
                .anyMatch(line -> line.startsWith("postgres:"));
        return List.of("runuser", "-u", hasPostgres ? "postgres" : "nobody", "--");
    }

    private static String owner(List<String> asUser) {
        return asUser.get(2);
    }

    private static boolean isRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            id.waitFor(10, TimeUnit.SECONDS);
            return uid.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static Path realBin(Path initdb) {
        try {
            return initdb.toRealPath().getParent();
        } catch (IOException e) {
            return initdb.getParent();
        }
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
