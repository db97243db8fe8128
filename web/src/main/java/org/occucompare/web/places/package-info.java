/**
 * Places below the state: the gazetteer of OEWS areas (metropolitan and nonmetropolitan) and the rules that resolve
 * what a user types (an area code or name, a city, a ZIP code, a state or the nation) to the area whose wages answer
 * it, with its state and the nation beside it, and a sentence saying how.
 */
@NullMarked
package org.occucompare.web.places;

import org.jspecify.annotations.NullMarked;
