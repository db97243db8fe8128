package org.occucompare.web.cli;

import java.util.Iterator;
import java.util.stream.Stream;
import org.occucompare.core.model.Section;

/** The ids {@code --sections} accepts, for help and shell completion: {@code all} and each section's id. */
final class SectionIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Stream.concat(Stream.of("all"), Stream.of(Section.values()).map(Section::id)).iterator();
    }
}
