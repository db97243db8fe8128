/**
 * Reads the official bulk files (the O*NET database, OEWS wage files, BLS Employment Projections workbooks and
 * Projections Central state projections) as their publishers ship them, recognizing each by name and columns, and
 * imports them into the local store. Files it cannot recognize are refused with a message naming the accepted kinds.
 */
@NullMarked
package org.occucompare.web.importer;

import org.jspecify.annotations.NullMarked;
