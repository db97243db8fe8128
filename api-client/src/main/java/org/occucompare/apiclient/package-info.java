/**
 * A client for the CareerOneStop "Get Occupation Details" web API. It maps the API's JSON, with all its known
 * variants, into the core model, and never lets the API token reach a log line or a message.
 */
@NullMarked
package org.occucompare.apiclient;

import org.jspecify.annotations.NullMarked;
