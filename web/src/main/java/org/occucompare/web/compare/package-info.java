/**
 * Comparisons as the web app and the command line ask for them, independent of Javalin: a validated
 * {@link org.occucompare.web.compare.CompareQuery}, the occupations fetched through the data sources in one round
 * trip, unknown codes kept with suggestions, and the analytics report with the sources and vintages it rests on.
 */
@NullMarked
package org.occucompare.web.compare;

import org.jspecify.annotations.NullMarked;
