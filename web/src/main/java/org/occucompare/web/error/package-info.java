/**
 * The one place where failures become HTTP responses: {@link org.occucompare.web.error.ErrorMapping} maps each
 * {@link org.occucompare.core.ErrorKind} to a status and answers {@code /api} requests with an
 * {@link org.occucompare.web.error.ErrorResponse}. No response ever carries a stack trace.
 */
@NullMarked
package org.occucompare.web.error;

import org.jspecify.annotations.NullMarked;
