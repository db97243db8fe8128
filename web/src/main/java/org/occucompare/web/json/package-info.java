/**
 * The JSON shape of the core model, shared by the JSON API and the command line's {@code --format json}: codes as
 * strings, places as key and name, and wage amounts that state their kind (figure, top-coded bound or missing).
 */
@NullMarked
package org.occucompare.web.json;

import org.jspecify.annotations.NullMarked;
