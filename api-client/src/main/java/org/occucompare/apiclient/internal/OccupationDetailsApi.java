package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import org.occucompare.apiclient.BreakerState;
import org.occucompare.apiclient.RequestRate;
import org.occucompare.apiclient.UpstreamException;
import org.occucompare.apiclient.UpstreamListener;
import org.occucompare.apiclient.internal.json.ResponseParser;
import org.occucompare.core.OccupationException;

/**
 * The "Get Occupation Details" endpoint as one call: send with {@link Transport}, read with {@link ReplyReader}.
 * Thread-safe: share one instance.
 */
public final class OccupationDetailsApi {
    private final Transport transport;
    private final ReplyReader reader;
    private final UpstreamListener listener;

    /**
     * Creates the API access, with its own HTTP client.
     *
     * @param settings where and how to connect
     */
    public OccupationDetailsApi(TransportSettings settings) {
        this(settings, new Redactor(List.of(settings.token())));
    }

    /**
     * Creates the API access, with its own HTTP client.
     *
     * @param settings where and how to connect
     * @param redactor hides the token in anything upstream sends back
     */
    public OccupationDetailsApi(TransportSettings settings, Redactor redactor) {
        this(settings, redactor, RequestRate.local(settings.requestsPerSecond(), settings.burst()),
                UpstreamListener.NONE);
    }

    /**
     * Creates the API access, with its own HTTP client.
     *
     * @param settings where and how to connect
     * @param redactor hides the token in anything upstream sends back
     * @param rate the rate limit, in this process or shared by several
     * @param listener told every request's outcome, every retry and every change of the circuit breaker
     */
    public OccupationDetailsApi(TransportSettings settings, Redactor redactor, RequestRate rate,
            UpstreamListener listener) {
        this.transport = new Transport(settings, redactor, rate, listener);
        this.reader = new ReplyReader(new ResponseParser(), redactor);
        this.listener = requireNonNull(listener, "listener is null");
    }

    /**
     * Fetches one occupation.
     *
     * @param request what to ask for
     * @return the occupation or its absence, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} when CareerOneStop rejects the request
     * @throws org.occucompare.apiclient.UpstreamException when CareerOneStop fails, refuses the token, or answers in a
     *     form we cannot read
     */
    public Answer fetch(OccupationRequest request) {
        return fetch(request, Deadline.unbounded());
    }

    /**
     * Fetches one occupation within a deadline.
     *
     * @param request what to ask for
     * @param deadline when the caller stops waiting
     * @return the occupation or its absence, never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} when CareerOneStop rejects the request
     * @throws org.occucompare.apiclient.UpstreamException when the circuit breaker is open, the deadline passes,
     *     CareerOneStop fails, refuses the token, or answers in a form we cannot read
     */
    public Answer fetch(OccupationRequest request, Deadline deadline) {
        requireNonNull(request, "request is null");
        long started = System.nanoTime();
        HttpReply reply = transport.get(request, deadline); // reports its own failures to the listener
        UpstreamListener.Outcome outcome = UpstreamListener.Outcome.ERROR;
        try {
            Answer answer = reader.read(request, reply);
            outcome = answer instanceof Answer.Found ? UpstreamListener.Outcome.OK : UpstreamListener.Outcome.NOT_FOUND;
            return answer;
        } catch (UpstreamException e) {
            throw e;
        } catch (OccupationException e) {
            outcome = UpstreamListener.Outcome.REJECTED;
            throw e;
        } finally {
            listener.requestEnded(outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The circuit breaker's state now; never null. */
    public BreakerState breakerState() {
        return transport.breakerState();
    }
}
