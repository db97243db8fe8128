/**
 * The OccuCompare application: {@link org.occucompare.web.Main} starts the command line, and
 * {@link org.occucompare.web.WebApp} wires the Javalin web app and its JSON API from the other modules.
 * Feature packages below this one hold the controllers; nothing outside {@code web} may use Javalin.
 */
@NullMarked
package org.occucompare.web;

import org.jspecify.annotations.NullMarked;
