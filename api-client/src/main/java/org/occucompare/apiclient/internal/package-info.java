/**
 * How the CareerOneStop client works inside: request building and URL encoding, the shared HTTP transport with
 * timeouts, retries, a concurrency bound and a rate limit, reading answers, and mapping JSON into the core model.
 * Not API: nothing outside {@code org.occucompare.apiclient} may use these types.
 */
@NullMarked
package org.occucompare.apiclient.internal;

import org.jspecify.annotations.NullMarked;
