/**
 * Helpers shared by the analytics packages: interval arithmetic on wages and text vectors. Not API: may change in any
 * release.
 */
@NullMarked
package org.occucompare.analytics.internal;

import org.jspecify.annotations.NullMarked;
