package org.occucompare.web.store;


/** An occupation row as the store reads it. */
public record StoredOccupation(String code, String socCode, String title, String description, boolean inheritsSoc) {
}
