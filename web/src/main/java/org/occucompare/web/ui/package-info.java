/**
 * Server-side rendering of the HTML pages: the JTE template engine (templates precompiled at build time, HTML output
 * escaped by context), the page frame every page shares, and the formatting of figures for people.
 */
@NullMarked
package org.occucompare.web.ui;

import org.jspecify.annotations.NullMarked;
