package org.occucompare.web.store;

import java.util.Optional;

/** BLS education and training assignments of a matrix occupation. */
public record StoredAssignment(String code, String title, Optional<String> entryEducation, Optional<String> workExperience, Optional<String> onTheJobTraining) {
}
