/**
 * The analytics of one process, composed once: metric plugins loaded from the plugins directory (built-ins through
 * the same SPI), their registry, the comparison service, and the similarity index of the stored dataset, built
 * lazily once per dataset. Javalin-free, so the web app and the command line share it.
 */
@NullMarked
package org.occucompare.web.analysis;

import org.jspecify.annotations.NullMarked;
