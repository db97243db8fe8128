/**
 * Health and readiness: {@code GET /api/health} tells monitors and the launcher that the server is up, which version
 * it runs and which dataset version it serves; {@code GET /api/ready} tells a load balancer whether the store answers
 * and holds a dataset.
 */
@NullMarked
package org.occucompare.web.health;

import org.jspecify.annotations.NullMarked;
