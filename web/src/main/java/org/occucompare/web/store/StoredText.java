package org.occucompare.web.store;

import java.util.Optional;

/** A code, an id, a text and an optional extra column: tasks (type) and work activities (task id). */
public record StoredText(String code, String id, String text, Optional<String> extra) {
}
