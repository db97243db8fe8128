package org.occucompare.web.error;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.source.OccupationMissException;
import org.occucompare.web.compare.UnknownOccupation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure of a request to a response, in one place. An {@link OccupationException} gets the status of
 * its {@link ErrorKind} ({@link #statusOf}), except that an upstream that did not answer (or answered 429, 5xx or
 * the failing 404 "An error occurred")
 * is a 503, since nothing was cached to fall back on, with a {@code Retry-After} that passes on the upstream's own
 * when it gave one; a failure of the HTTP layer (an
 * unknown route, a wrong method) keeps its status; anything else is a 500. Requests under {@code /api} get an
 * {@link ErrorResponse} as JSON, other requests the {@link ErrorPage}; both list the suggestions for occupations that
 * matched nothing. Responses never carry a stack trace:
 * unexpected failures are logged instead.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Seconds a client should wait before asking again when the upstream is down and did not say for how long. */
    public static final int DEFAULT_RETRY_AFTER_SECONDS = 60;

    private ErrorMapping() {
    }

    /**
     * Sets up the whole error contract of an app: the exception handlers, a 405 with {@code Allow} (rather than a 404)
     * for a method a route does not take, and the {@link ServerErrorHandler} for the requests Jetty refuses itself.
     *
     * @param config the app being configured, never null
     * @param page renders the page of a failed page request, never null
     */
    public static void register(JavalinConfig config, ErrorPage page) {
        config.routes.exception(OccupationException.class, (e, ctx) -> occupationFailure(e, ctx, page));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> httpFailure(e, ctx, page));
        config.routes.exception(Exception.class, (e, ctx) -> unexpectedFailure(e, ctx, page));
        config.http.prefer405over404 = true;
        ServerErrorHandler refusals = new ServerErrorHandler(page);
        config.jetty.modifyServer(server -> server.setErrorHandler(refusals));
    }

    /**
     * Whether a failure means the upstream is unavailable: no answer, or 429 or 5xx, or CareerOneStop's 404 "An error
     * occurred" (the only 404 that is a failure: a 404 "No data available" is a miss, never an exception), with no
     * cached copy.
     *
     * @param e the failure, never null
     * @return true for a 503
     */
    public static boolean isUnavailable(OccupationException e) {
        if (!(e instanceof UpstreamException upstream)) {
            return false;
        }
        int status = upstream.status().orElse(-1);
        return status < 0 || status == 404 || status == 429 || status >= 500;
    }

    /**
     * The HTTP status of each kind of failure.
     *
     * @param kind the kind, never null
     * @return 404 for NOT_FOUND, 400 for INVALID_INPUT, 502 for UPSTREAM and 500 for INTERNAL; never null
     */
    public static HttpStatus statusOf(ErrorKind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case UPSTREAM -> HttpStatus.BAD_GATEWAY;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    private static void occupationFailure(OccupationException e, Context ctx, ErrorPage page) {
        if (e.kind() == ErrorKind.UPSTREAM || e.kind() == ErrorKind.INTERNAL) {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e);
        }
        if (isUnavailable(e)) {
            long seconds = retryAfterSeconds((UpstreamException) e);
            ctx.header(Header.RETRY_AFTER, String.valueOf(seconds));
            respond(ctx, HttpStatus.SERVICE_UNAVAILABLE.getCode(), "UNAVAILABLE", "The data source is not answering"
                    + " and nothing is cached for this request: try again in " + seconds
                    + (seconds == 1 ? " second" : " seconds") + ". (" + e.getMessage() + ")", page);
            return;
        }
        List<UnknownOccupation> unknown = e instanceof OccupationMissException miss
                ? miss.misses().stream().map(UnknownOccupation::of).toList() : List.of();
        respond(ctx, statusOf(e.kind()).getCode(), e.kind().name(), e.getMessage(), unknown, page);
    }

    /**
     * When to ask again: the upstream's own {@code Retry-After} (or a breaker's) carried by the failure, in whole
     * seconds rounded up, else {@link #DEFAULT_RETRY_AFTER_SECONDS}.
     */
    private static long retryAfterSeconds(UpstreamException e) {
        return e.retryAfter().map(d -> Math.max(1, (d.toMillis() + 999) / 1000))
                .orElse((long) DEFAULT_RETRY_AFTER_SECONDS);
    }

    private static void httpFailure(HttpResponseException e, Context ctx, ErrorPage page) {
        if (e instanceof MethodNotAllowedResponse) {
            String allow = allowedMethods(e.getDetails().values());
            ctx.header(Header.ALLOW, allow);
            if (ctx.method() == HandlerType.OPTIONS) {
                ctx.status(HttpStatus.NO_CONTENT);
                return;
            }
            respond(ctx, e.getStatus(), codeOf(e.getStatus()), ctx.req().getMethod() + " is not allowed at "
                    + ctx.path() + ": it answers " + allow + ".", page);
            return;
        }
        String message = e instanceof EndpointNotFound
                ? "There is nothing at " + ctx.req().getMethod() + " " + ctx.path() + ": check the address."
                : e.getMessage();
        respond(ctx, e.getStatus(), codeOf(e.getStatus()), message, page);
    }

    /**
     * The methods of a path for {@code Allow}: the ones it has routes for, HEAD wherever GET is (it is served as a GET
     * without the body) and OPTIONS.
     */
    private static String allowedMethods(Collection<String> routed) {
        Set<String> methods = new LinkedHashSet<>();
        for (String list : routed) {
            for (String method : list.split(",")) {
                methods.add(method.strip().toUpperCase(Locale.ROOT));
                if (method.strip().equalsIgnoreCase("GET")) {
                    methods.add("HEAD");
                }
            }
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    /**
     * The code of a failure of the HTTP layer: the name of its status, such as {@code METHOD_NOT_ALLOWED}.
     *
     * @param status the HTTP status
     * @return the code, such as {@code URI_TOO_LONG}, or {@code HTTP_499} for a status without a name; never null
     */
    static String codeOf(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "HTTP_" + status : known.name();
    }

    private static void unexpectedFailure(Exception e, Context ctx, ErrorPage page) {
        LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
        respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), ErrorKind.INTERNAL.name(),
                "Something went wrong inside OccuCompare; the server log has the details. Please report it.", page);
    }

    private static void respond(Context ctx, int status, String code, String message, ErrorPage page) {
        respond(ctx, status, code, message, List.of(), page);
    }

    private static void respond(Context ctx, int status, String code, String message,
            List<UnknownOccupation> unknown, ErrorPage page) {
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(ErrorResponse.of(code, message, unknown));
        } else {
            ctx.html(page.render(status, code, message, unknown));
        }
    }

    private static boolean isApi(Context ctx) {
        return isApi(ctx.path());
    }

    /** Whether a path is the JSON API's, which answers failures as JSON rather than as pages. */
    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
