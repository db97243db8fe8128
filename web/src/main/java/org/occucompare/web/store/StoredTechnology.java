package org.occucompare.web.store;


/** A tool or technology example with its category. */
public record StoredTechnology(String code, String kind, String category, String example, boolean hot, boolean inDemand) {
}
