package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.occucompare.apiclient.internal.json.ErrorBodyJson;
import org.occucompare.apiclient.internal.json.OccupationDetailsJson;

/** What a final answer means: an occupation, or none (with whatever suggestions came along). */
public sealed interface Answer permits Answer.Found, Answer.NotFound {

    /**
     * CareerOneStop returned an occupation.
     *
     * @param body the parsed body; {@link OccupationDetailsJson#first()} is not null
     * @param raw the body as received, with the token redacted
     */
    record Found(OccupationDetailsJson body, String raw) implements Answer {
        /** Validates. */
        public Found {
            requireNonNull(body, "body is null");
            requireNonNull(raw, "raw is null");
        }
    }

    /**
     * CareerOneStop has no such occupation (HTTP 404, or a 200 without one).
     *
     * @param hints the upstream message and suggestions, each possibly absent
     */
    record NotFound(ErrorBodyJson hints) implements Answer {
        /** Validates. */
        public NotFound {
            requireNonNull(hints, "hints is null");
        }

        /** CareerOneStop's own suggestion: its {@code DidYouMean}, else its {@code AutoCorrection}; never null. */
        public Optional<String> suggestion() {
            return Texts.text(hints.didYouMean()).or(() -> Texts.text(hints.autoCorrection()));
        }
    }
}
