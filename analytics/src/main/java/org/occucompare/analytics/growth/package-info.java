/**
 * Employment projection growth: change, percent change, compound annual growth, openings and openings per 100 jobs,
 * national and state side by side, each labelled with its projection round and with what it counts (national
 * projections count all jobs, state projections primary jobs only).
 */
@NullMarked
package org.occucompare.analytics.growth;

import org.jspecify.annotations.NullMarked;
