/**
 * The HTML pages: home with search, search results, one occupation, the side-by-side comparison and the error
 * pages. Controllers here are client/server IO only: they read the query, ask the data and analysis services, and
 * hand a view record to a JTE template. The URL is the state of every page.
 */
@NullMarked
package org.occucompare.web.pages;

import org.jspecify.annotations.NullMarked;
