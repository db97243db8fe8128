package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.apiclient.internal.json.ResponseParser;

/**
 * The "Get Occupation Details" endpoint as one call: send with {@link Transport}, read with {@link ReplyReader}.
 * Thread-safe: share one instance.
 */
public final class OccupationDetailsApi {
    private final Transport transport;
    private final ReplyReader reader;

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
        this.transport = new Transport(settings, redactor);
        this.reader = new ReplyReader(new ResponseParser(), redactor);
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
        requireNonNull(request, "request is null");
        return reader.read(request, transport.get(request));
    }
}
