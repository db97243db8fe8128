package org.occucompare.web.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.security.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the requests that Jetty refuses before they reach the app, the way {@link ErrorMapping} answers the app's
 * own failures: an {@link ErrorResponse} as JSON under {@code /api}, the {@link ErrorPage} elsewhere, with the
 * security headers, a message that says what to do and never a stack trace. Jetty refuses a request line or headers
 * that are too long (414, 431), a path that does not decode (a {@code %} without two hexadecimal digits, {@code %00},
 * escapes that are not UTF-8), an ambiguous path, a missing {@code Host}, an unsupported HTTP version (505) and the
 * like. When Jetty could not read the request line at all, it does not know the path either, so such requests get
 * the HTML page. Set it with {@code Server.setErrorHandler}. Thread-safe.
 */
public final class ServerErrorHandler implements Request.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 80;

    private final ErrorPage page;

    /**
     * Creates the handler.
     *
     * @param page renders the HTML error page, never null
     */
    public ServerErrorHandler(ErrorPage page) {
        this.page = requireNonNull(page, "page is null");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Throwable cause = (Throwable) request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        String reason = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        if (cause instanceof HttpException refusal) {
            status = refusal.getCode();
            reason = refusal.getReason();
        }
        if (status < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        response.setStatus(status);
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String code = ErrorMapping.codeOf(status);
        String message = message(status, reason, request);
        if (status >= 500) {
            LOG.error("{} {} failed in the server layer", request.getMethod(), request.getHttpURI().getPath(),
                    cause);
        }
        String path = request.getHttpURI().getPath();
        byte[] body;
        try {
            if (ErrorMapping.isApi(path == null ? "" : path)) {
                body = json(ErrorResponse.of(code, message));
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            } else {
                body = page.render(status, code, message).getBytes(StandardCharsets.UTF_8);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            }
        } catch (RuntimeException e) {
            LOG.error("The error page of a refused request could not be rendered", e);
            body = message.getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        }
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static String message(int status, @Nullable String reason, Request request) {
        int limit = request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize();
        return switch (status) {
            case HttpStatus.BAD_REQUEST_400 -> "The server could not read this request" + detail(status, reason)
                    + ": check the address (write a % sign as %25 and percent-encode spaces, control characters"
                    + " and text beyond ASCII as UTF-8) and the request headers.";
            case HttpStatus.URI_TOO_LONG_414 -> "The address is longer than the server accepts (" + limit
                    + " bytes with the headers): compare fewer occupations or places, or shorten the search text.";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "The request headers are larger than the server"
                    + " accepts (" + limit + " bytes with the address): send fewer or smaller headers, such as"
                    + " cookies.";
            case HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 -> "The server speaks HTTP/1.0 and HTTP/1.1"
                    + detail(status, reason) + ": send the request again with one of them.";
            case HttpStatus.EXPECTATION_FAILED_417 -> "The server cannot meet the Expect header of this request:"
                    + " leave it out, or send Expect: 100-continue.";
            case HttpStatus.NOT_FOUND_404 -> "There is nothing at this address: check it, or start from the home"
                    + " page.";
            default -> status >= 500
                    ? "Something went wrong inside OccuCompare; the server log has the details. Please report it."
                    : "The server refused this request" + detail(status, reason) + ".";
        };
    }

    /** Jetty's reason, such as "Ambiguous URI empty segment", in brackets unless it only restates the status. */
    private static String detail(int status, @Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.equalsIgnoreCase(HttpStatus.getMessage(status))) {
            return "";
        }
        String printable = reason.replaceAll("[^\\x20-\\x7E]", "?").strip();
        return " (" + (printable.length() <= MAX_REASON ? printable : printable.substring(0, MAX_REASON) + "…") + ")";
    }

    private static byte[] json(ErrorResponse error) {
        try {
            return JSON.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An error response could not be written as JSON", e);
        }
    }
}
