package org.occucompare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occucompare.web.store.PostgresServer;

/**
 * Follows docs/deployment.md: one PostgreSQL, two instances of the packaged app, nginx in front of them with the
 * configuration the guide shows (read from the guide itself), traffic through the proxy, and a new release imported
 * while serving.
 */
class DeploymentIT {
    private static final Path GUIDE = Path.of("..", "docs", "deployment.md");
    private static final Pattern NGINX_BLOCK = Pattern.compile("```nginx\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void two_instances_on_postgresql_behind_nginx_serve_the_same_data_and_switch_to_an_import_together()
            throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(nginx)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: nginx is missing; .ci/run installs it");
            }
            assumeTrue(false, "skipped: nginx is not installed (apt-get install nginx)");
        }
        try (PostgresServer postgres = PostgresServer.start()) {
            Map<String, String> environment = Map.of("OCCUCOMPARE_DB", postgres.newDatabase(),
                    "OCCUCOMPARE_DB_USER", PostgresServer.USER,
                    "OCCUCOMPARE_DB_PASSWORD", PostgresServer.PASSWORD.reveal(),
                    "OCCUCOMPARE_PLUGINS_DIR", dir.resolve("plugins").toString());
            try (AppProcess first = AppProcess.serve(dir, environment);
                    AppProcess second = AppProcess.serve(dir, environment)) {
                int proxyPort = AppProcess.freePort();
                Process proxy = startNginx(nginx, proxyPort, List.of(first.port(), second.port()));
                try {
                    Set<String> upstreams = new HashSet<>();
                    for (int i = 0; i < 20; i++) {
                        HttpResponse<String> response = get(proxyPort, "/api/occupations/29-1141.00");
                        assertThat(response.statusCode()).isEqualTo(200);
                        assertThat(response.body()).contains("Registered Nurses");
                        upstreams.add(response.headers().firstValue("X-Upstream").orElseThrow());
                    }
                    assertThat(upstreams).containsExactlyInAnyOrder("127.0.0.1:" + first.port(),
                            "127.0.0.1:" + second.port());
                    assertThat(get(proxyPort, "/metrics").statusCode()).isEqualTo(404);
                    assertThat(get(proxyPort, "/api/ready").statusCode()).isEqualTo(200);

                    Path release = Files.createDirectories(dir.resolve("release"));
                    Files.writeString(release.resolve("Occupation Data.txt"), "O*NET-SOC Code\tTitle\tDescription"
                            + "\r\n29-1141.00\tRegistered Nurses (new release)\tCare.\r\n");
                    AppProcess imported = AppProcess.run(dir, environment, "import", release.toString());
                    assertThat(imported.exitCode()).as(imported.stderr()).isZero();

                    for (AppProcess instance : List.of(first, second)) {
                        assertThat(new ObjectMapper().readTree(instance.get("/api/health").body()).get("dataset")
                                .get("version").asLong()).isEqualTo(2L);
                        assertThat(instance.get("/api/occupations/29-1141.00").body()).contains("(new release)");
                    }
                } finally {
                    proxy.destroy();
                    proxy.waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** nginx with the guide's site configuration, its ports replaced by the test's. */
    private Process startNginx(Path nginx, int port, List<Integer> instances) throws Exception {
        Matcher block = NGINX_BLOCK.matcher(Files.readString(GUIDE));
        assertThat(block.find()).as("docs/deployment.md shows an nginx configuration").isTrue();
        String site = block.group(1).replace("listen 8080;", "listen 127.0.0.1:" + port + ";")
                .replace("127.0.0.1:7071", "127.0.0.1:" + instances.get(0))
                .replace("127.0.0.1:7072", "127.0.0.1:" + instances.get(1));
        Path prefix = Files.createDirectories(dir.resolve("nginx"));
        Files.writeString(prefix.resolve("nginx.conf"), "pid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("error.log") + " warn;\n"
                + "events { worker_connections 256; }\n"
                + "http {\n  access_log off;\n"
                + "  client_body_temp_path " + prefix.resolve("body") + ";\n"
                + "  proxy_temp_path " + prefix.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + prefix.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + prefix.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + prefix.resolve("scgi") + ";\n"
                + site + "}\n");
        Process process = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-c",
                prefix.resolve("nginx.conf").toString(), "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try {
                get(port, "/api/health");
                return process;
            } catch (java.net.ConnectException e) {
                assertThat(process.isAlive()).as("nginx exited: " + Files.readString(prefix.resolve("nginx.out"))
                        + (Files.exists(prefix.resolve("error.log")) ? Files.readString(prefix.resolve("error.log"))
                        : "")).isTrue();
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not answer within 10 s");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
