package org.occucompare.web.error;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure of a request to a response, in one place. An {@link OccupationException} gets the status of
 * its {@link ErrorKind} ({@link #statusOf}); a failure of the HTTP layer (an unknown route, a wrong method) keeps
 * its status; anything else is a 500. Requests under {@code /api} get an {@link ErrorResponse} as JSON, other
 * requests a plain-text sentence. Responses never carry a stack trace: unexpected failures are logged instead.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /**
     * Registers the exception handlers.
     *
     * @param routes the routes of the app being configured, never null
     */
    public static void register(RoutesConfig routes) {
        routes.exception(OccupationException.class, ErrorMapping::occupationFailure);
        routes.exception(HttpResponseException.class, ErrorMapping::httpFailure);
        routes.exception(Exception.class, ErrorMapping::unexpectedFailure);
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

    private static void occupationFailure(OccupationException e, Context ctx) {
        if (e.kind() == ErrorKind.UPSTREAM || e.kind() == ErrorKind.INTERNAL) {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e);
        }
        respond(ctx, statusOf(e.kind()).getCode(), e.kind().name(), e.getMessage());
    }

    private static void httpFailure(HttpResponseException e, Context ctx) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        String code = status == HttpStatus.UNKNOWN ? "HTTP_" + e.getStatus() : status.name();
        String message = e instanceof EndpointNotFound
                ? "There is nothing at " + ctx.method() + " " + ctx.path() + ": check the address."
                : e.getMessage();
        respond(ctx, e.getStatus(), code, message);
    }

    private static void unexpectedFailure(Exception e, Context ctx) {
        LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
        respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), ErrorKind.INTERNAL.name(),
                "Something went wrong inside OccuCompare; the server log has the details. Please report it.");
    }

    private static void respond(Context ctx, int status, String code, String message) {
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(ErrorResponse.of(code, message));
        } else {
            ctx.contentType(ContentType.TEXT_PLAIN).result(message);
        }
    }

    private static boolean isApi(Context ctx) {
        String path = ctx.path();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
