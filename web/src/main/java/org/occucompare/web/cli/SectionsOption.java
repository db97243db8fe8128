package org.occucompare.web.cli;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.model.Section;
import picocli.CommandLine.Option;

/** {@code --sections}, shared by {@code show} and {@code compare}: which sections to fetch. */
final class SectionsOption {
    @Option(names = "--sections", paramLabel = "LIST",
            description = "The sections to fetch, comma-separated, such as wages,projections,skills, or all "
                    + "(default: OCCUCOMPARE_SECTIONS, else all). Fewer sections make a smaller CareerOneStop "
                    + "request. Ids: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Ids.class)
    private @Nullable String sections;

    /**
     * The sections given, read with {@link Section#parseList}.
     *
     * @return the sections, or empty for the configured default; never null
     * @throws org.occucompare.core.OccupationException {@code INVALID_INPUT} naming an unknown id
     */
    Optional<Set<Section>> chosen() {
        return Optional.ofNullable(sections).map(Section::parseList);
    }

    /** The ids {@code --sections} accepts, for help and shell completion: {@code all} and each section's id. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Stream.of("all"), Stream.of(Section.values()).map(Section::id)).iterator();
        }
    }
}
