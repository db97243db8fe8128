package org.occucompare.web.store;

import java.util.OptionalDouble;

/** One attainment share of a matrix occupation. */
public record StoredAttainment(String code, int ordinal, String level, OptionalDouble percent) {
}
