/**
 * The health check, {@code GET /api/health}: tells monitors and the launcher that the server is up, and which
 * version it runs.
 */
@NullMarked
package org.occucompare.web.health;

import org.jspecify.annotations.NullMarked;
