/**
 * Which data the app runs on: the local store (bundled sample or imported official files) or, when a CareerOneStop
 * token is configured, the live API behind the store's read-through cache. Commands and the web app get their
 * occupations here.
 */
@NullMarked
package org.occucompare.web.source;

import org.jspecify.annotations.NullMarked;
