package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What an import replaces before writing its first row of a kind.
 *
 * @param name a unique name, such as {@code wage:2024:CA}
 * @param deleteSql the statement that clears it, with named parameters
 * @param parameters the statement's parameters
 */
record Scope(String name, String deleteSql, Map<String, Object> parameters) {
    Scope {
        requireNonNull(name, "name is null");
        requireNonNull(deleteSql, "deleteSql is null");
        parameters = Map.copyOf(parameters);
    }

    /** A whole table. */
    static Scope table(String table) {
        return new Scope(table, "delete from " + table, Map.of());
    }
}
