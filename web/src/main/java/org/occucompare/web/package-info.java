/**
 * The OccuCompare application: {@link org.occucompare.web.Main} starts the command line,
 * {@link org.occucompare.web.Application} is the composition root that opens what {@code serve} and the research
 * commands run on, and {@link org.occucompare.web.WebApp} declares the Javalin web app and its JSON API over it.
 * Feature packages below this one hold the controllers; nothing outside {@code web} may use Javalin.
 */
@NullMarked
package org.occucompare.web;

import org.jspecify.annotations.NullMarked;
