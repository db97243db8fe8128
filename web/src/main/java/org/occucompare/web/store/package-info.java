/**
 * The local store: an H2 database (PostgreSQL-compatible SQL, schema versioned with Flyway) read and written through
 * Jdbi SQL objects. It holds the whole occupation model from the official bulk files, the bundled sample, and the
 * read-through cache over an upstream {@code OccupationSource}.
 */
@NullMarked
package org.occucompare.web.store;

import org.jspecify.annotations.NullMarked;
