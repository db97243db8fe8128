package org.occucompare.web.store;

import java.util.Optional;
import java.util.OptionalInt;

/** A related occupation with its title. */
public record StoredRelated(String code, String relatedCode, String title, Optional<String> tier, OptionalInt index) {
}
