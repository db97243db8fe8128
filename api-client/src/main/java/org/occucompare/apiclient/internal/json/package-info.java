/**
 * Records that mirror the CareerOneStop "Get Occupation Details" JSON, tolerant of every known variant (arrays or
 * single objects, maps or key/value lists, numbers as strings, inconsistent key casing), and the one configured
 * Jackson reader for them. Not API: nothing outside {@code org.occucompare.apiclient} may use these types.
 */
@NullMarked
package org.occucompare.apiclient.internal.json;

import org.jspecify.annotations.NullMarked;
