package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.apiclient.internal.json.ErrorBodyJson;
import org.occucompare.apiclient.internal.json.MalformedResponseException;
import org.occucompare.apiclient.internal.json.OccupationDetailsJson;
import org.occucompare.apiclient.internal.json.ResponseParser;
import org.occucompare.core.OccupationException;

/**
 * Turns a final HTTP answer into an {@link Answer} or the right error: 400 is invalid input carrying the upstream
 * message, 401/403 a refused token, 404 no occupation (the failing 404 "An error occurred" never gets here: the
 * {@link Transport} retries it and then fails), a 200 with HTML or an unreadable body an upstream-format error
 * quoting a short redacted excerpt. {@code application/json} and {@code text/json} are both accepted. Thread-safe.
 */
public final class ReplyReader {
    /** The longest excerpt of an upstream body quoted in a message. */
    static final int EXCERPT_CHARS = 120;
    /** The message for a refused user id or token, as agreed in the issue. */
    static final String REFUSED = "the CareerOneStop user id or token was refused: check OCCUCOMPARE_COS_USER_ID / "
            + "OCCUCOMPARE_COS_TOKEN";

    private final ResponseParser parser;
    private final Redactor redactor;

    /**
     * Creates the reader.
     *
     * @param parser the JSON reader
     * @param redactor hides secrets in quoted upstream text
     */
    public ReplyReader(ResponseParser parser, Redactor redactor) {
        this.parser = requireNonNull(parser, "parser is null");
        this.redactor = requireNonNull(redactor, "redactor is null");
    }

    /**
     * Reads one answer.
     *
     * @param request what was asked, for messages
     * @param reply the final answer
     * @return the occupation or its absence, never null
     * @throws OccupationException {@code INVALID_INPUT} for 400
     * @throws UpstreamException for every other failure
     */
    public Answer read(OccupationRequest request, HttpReply reply) {
        String path = request.redactedPath();
        int status = reply.status();
        if (status == 200 || status == 203) {
            return readOk(path, reply);
        }
        if (status == 204 || status == 404) {
            return new Answer.NotFound(redacted(parser.readErrorBody(reply.body())));
        }
        if (status == 400) {
            String upstream = Optional.ofNullable(parser.readErrorBody(reply.body()).message())
                    .map(redactor::redact)
                    .orElseGet(() -> redactor.excerpt(reply.body(), EXCERPT_CHARS));
            throw OccupationException.invalidInput("CareerOneStop rejected the request for '" + request.keyword()
                    + "' in '" + request.location() + "' as invalid: " + upstream + ". Use an O*NET code such as "
                    + "29-1141.00 or an exact O*NET title, and a location such as US, CA, 'Chicago, IL' or a ZIP "
                    + "code.");
        }
        if (status == 401 || status == 403) {
            throw new UpstreamException(OptionalInt.of(status), path, REFUSED + " (HTTP " + status + ").", null);
        }
        if (status >= 300 && status < 400) {
            throw new UpstreamException(OptionalInt.of(status), path, "CareerOneStop redirected the request for " + path
                    + " (HTTP " + status + "); redirects are not followed so the token is never sent elsewhere: check "
                    + "OCCUCOMPARE_COS_BASE_URL.", null);
        }
        throw new UpstreamException(OptionalInt.of(status), path, "CareerOneStop answered HTTP " + status + " for "
                + path + ": \"" + redactor.excerpt(reply.body(), EXCERPT_CHARS) + "\". Try again later; if it "
                + "persists, report it with this message.", null);
    }

    private Answer readOk(String path, HttpReply reply) {
        if (looksLikeHtml(reply)) {
            throw formatError(path, "an HTML page instead of JSON", reply,
                    "It may be down for maintenance: try again later.");
        }
        OccupationDetailsJson body;
        try {
            body = parser.parse(reply.body());
        } catch (MalformedResponseException e) {
            throw formatError(path, "a body we cannot read (" + redactor.redact(e.getMessage()) + ")", reply,
                    "Try again later; if it persists, the API may have changed: report it with this message.");
        }
        if (body.first() == null) {
            return new Answer.NotFound(redacted(new ErrorBodyJson(null, body.didYouMean(), body.autoCorrection())));
        }
        return new Answer.Found(body, redactor.redact(new String(reply.body(), StandardCharsets.UTF_8)));
    }

    private UpstreamException formatError(String path, String what, HttpReply reply, String advice) {
        return new UpstreamException(OptionalInt.of(reply.status()), path, "CareerOneStop answered HTTP "
                + reply.status() + " with " + what + " for " + path + ": \""
                + redactor.excerpt(reply.body(), EXCERPT_CHARS) + "\". " + advice, null);
    }

    private static boolean looksLikeHtml(HttpReply reply) {
        String type = reply.contentType().orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("html") || type.contains("xml")) {
            return true;
        }
        for (byte b : reply.body()) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<';
            }
        }
        return false;
    }

    private ErrorBodyJson redacted(ErrorBodyJson hints) {
        return new ErrorBodyJson(
                hints.message() == null ? null : redactor.redact(hints.message()),
                hints.didYouMean() == null ? null : redactor.redact(hints.didYouMean()),
                hints.autoCorrection() == null ? null : redactor.redact(hints.autoCorrection()));
    }
}
