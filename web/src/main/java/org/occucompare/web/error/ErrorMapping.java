package org.occucompare.web.error;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure of a request to a response, in one place. An {@link OccupationException} gets the status of
 * its {@link ErrorKind} ({@link #statusOf}), except that an upstream that did not answer (or answered 429 or 5xx)
 * is a 503 with {@code Retry-After}, since nothing was cached to fall back on; a failure of the HTTP layer (an
 * unknown route, a wrong method) keeps its status; anything else is a 500. Requests under {@code /api} get an
 * {@link ErrorResponse} as JSON, other requests the {@link ErrorPage}. Responses never carry a stack trace:
 * unexpected failures are logged instead.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Seconds a client should wait before asking again when the upstream is down. */
    public static final int RETRY_AFTER_SECONDS = 60;

    private ErrorMapping() {
    }

    /**
     * Registers the exception handlers.
     *
     * @param routes the routes of the app being configured, never null
     */
    public static void register(RoutesConfig routes) {
        register(routes, ErrorPage.PLAIN);
    }

    /**
     * Registers the exception handlers, with HTML pages for failed page requests.
     *
     * @param routes the routes of the app being configured, never null
     * @param page renders the page of a failed page request, never null
     */
    public static void register(RoutesConfig routes, ErrorPage page) {
        routes.exception(OccupationException.class, (e, ctx) -> occupationFailure(e, ctx, page));
        routes.exception(HttpResponseException.class, (e, ctx) -> httpFailure(e, ctx, page));
        routes.exception(Exception.class, (e, ctx) -> unexpectedFailure(e, ctx, page));
    }

    /**
     * Whether a failure means the upstream is unavailable: no answer, or 429 or 5xx, with no cached copy.
     *
     * @param e the failure, never null
     * @return true for a 503
     */
    public static boolean isUnavailable(OccupationException e) {
        if (!(e instanceof UpstreamException upstream)) {
            return false;
        }
        int status = upstream.status().orElse(-1);
        return status < 0 || status == 429 || status >= 500;
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
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            respond(ctx, HttpStatus.SERVICE_UNAVAILABLE.getCode(), "UNAVAILABLE", "The data source is not answering"
                    + " and nothing is cached for this request: try again in " + RETRY_AFTER_SECONDS + " seconds. ("
                    + e.getMessage() + ")", page);
            return;
        }
        respond(ctx, statusOf(e.kind()).getCode(), e.kind().name(), e.getMessage(), page);
    }

    private static void httpFailure(HttpResponseException e, Context ctx, ErrorPage page) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        String code = status == HttpStatus.UNKNOWN ? "HTTP_" + e.getStatus() : status.name();
        String message = e instanceof EndpointNotFound
                ? "There is nothing at " + ctx.method() + " " + ctx.path() + ": check the address."
                : e.getMessage();
        respond(ctx, e.getStatus(), code, message, page);
    }

    private static void unexpectedFailure(Exception e, Context ctx, ErrorPage page) {
        LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
        respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), ErrorKind.INTERNAL.name(),
                "Something went wrong inside OccuCompare; the server log has the details. Please report it.", page);
    }

    private static void respond(Context ctx, int status, String code, String message, ErrorPage page) {
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(ErrorResponse.of(code, message));
        } else if (page == ErrorPage.PLAIN) {
            ctx.contentType(ContentType.TEXT_PLAIN).result(message);
        } else {
            ctx.html(page.render(status, code, message));
        }
    }

    private static boolean isApi(Context ctx) {
        String path = ctx.path();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
