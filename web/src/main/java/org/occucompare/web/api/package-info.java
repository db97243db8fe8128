/**
 * The JSON API under {@code /api}: search, one occupation, comparisons (JSON and CSV), charts, similar occupations,
 * metrics and plugins. Controllers are client/server IO only; every failure goes through {@code ErrorMapping} as
 * {@code {"error":{"code","message"}}} with the right status.
 */
@NullMarked
package org.occucompare.web.api;

import org.jspecify.annotations.NullMarked;
