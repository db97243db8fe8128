package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A data set in the store: an O*NET release, an OEWS year, a projection round, with its citation.
 *
 * @param sourceId a stable id such as {@code onet}, {@code oews:2024} or {@code projections:2022-2032:states}
 * @param kind the source kind, such as {@code ONET} or {@code OEWS}
 * @param name the data set's name, such as "O*NET Database"
 * @param vintage its vintage, such as "30.1" or "May 2024"
 * @param url where to download it
 * @param citation the attribution or citation its publisher asks for
 * @param files the file names imported into it
 * @param rowCount the rows the store holds from it
 * @param importedAt when it was last imported
 */
public record DataSourceInfo(String sourceId, String kind, String name, String vintage, Optional<String> url,
        Optional<String> citation, List<String> files, long rowCount, Instant importedAt) {
    public DataSourceInfo {
        requireNonNull(sourceId, "sourceId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(vintage, "vintage is null");
        requireNonNull(url, "url is null");
        requireNonNull(citation, "citation is null");
        files = List.copyOf(files);
        requireNonNull(importedAt, "importedAt is null");
    }
}
