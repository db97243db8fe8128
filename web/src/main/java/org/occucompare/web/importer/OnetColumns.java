package org.occucompare.web.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The O*NET file names and the columns each must have (text and Excel editions share these). */
final class OnetColumns {
    static final String CODE = "O*NET-SOC Code";

    private static final Set<String> RATING = Set.of(CODE, "Element ID", "Element Name", "Scale ID", "Data Value");

    static final Map<FileKind, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry(FileKind.ONET_OCCUPATION_DATA, Set.of(CODE, "Title", "Description")),
            Map.entry(FileKind.ONET_ALTERNATE_TITLES, Set.of(CODE, "Alternate Title", "Short Title")),
            Map.entry(FileKind.ONET_TASK_STATEMENTS, Set.of(CODE, "Task ID", "Task", "Task Type")),
            Map.entry(FileKind.ONET_TASKS_TO_DWAS, Set.of(CODE, "Task ID", "DWA ID")),
            Map.entry(FileKind.ONET_DWA_REFERENCE, Set.of("Element ID", "IWA ID", "DWA ID", "DWA Title")),
            Map.entry(FileKind.ONET_SKILLS, RATING),
            Map.entry(FileKind.ONET_KNOWLEDGE, RATING),
            Map.entry(FileKind.ONET_ABILITIES, RATING),
            Map.entry(FileKind.ONET_INTERESTS, RATING),
            Map.entry(FileKind.ONET_WORK_VALUES, RATING),
            Map.entry(FileKind.ONET_EDUCATION, Set.of(CODE, "Element ID", "Element Name", "Scale ID", "Category",
                    "Data Value")),
            Map.entry(FileKind.ONET_EDUCATION_CATEGORIES, Set.of("Element ID", "Element Name", "Scale ID",
                    "Category", "Category Description")),
            Map.entry(FileKind.ONET_JOB_ZONES, Set.of(CODE, "Job Zone")),
            Map.entry(FileKind.ONET_RELATED_OCCUPATIONS, Set.of(CODE, "Related O*NET-SOC Code")),
            Map.entry(FileKind.ONET_TECHNOLOGY_SKILLS, Set.of(CODE, "Example", "Commodity Code",
                    "Commodity Title", "Hot Technology")),
            Map.entry(FileKind.ONET_TOOLS_USED, Set.of(CODE, "Example", "Commodity Code", "Commodity Title")),
            Map.entry(FileKind.ONET_CONTENT_MODEL, Set.of("Element ID", "Element Name", "Description")),
            Map.entry(FileKind.ONET_SCALES, Set.of("Scale ID", "Scale Name", "Minimum", "Maximum")));

    /** O*NET database files OccuCompare does not use; inside a directory or zip they are skipped. */
    static final Set<String> UNUSED = Set.of("read me", "work styles", "work context", "work activities",
            "task ratings", "iwa reference", "unspsc reference", "emerging tasks", "level scale anchors",
            "occupation level metadata", "sample of reported titles", "job zone reference",
            "interests illustrative activities", "interests illustrative occupations", "basic interests to riasec",
            "riasec keywords", "abilities to work activities", "abilities to work context",
            "skills to work activities", "skills to work context", "survey booklet locations", "task categories",
            "work context categories", "knowledge to work activities");

    private OnetColumns() {
    }

    /** The O*NET kind a file name stands for, such as {@code Skills.xlsx}, ignoring case. */
    static Optional<FileKind> kindOfName(SourceFile file) {
        String base = normalized(file);
        return REQUIRED.keySet().stream().filter(k -> k.publisherName().toLowerCase(Locale.ROOT).equals(base))
                .findFirst();
    }

    /** Whether the name is an O*NET database file that OccuCompare does not read. */
    static boolean isUnused(SourceFile file) {
        return UNUSED.contains(normalized(file)) && kindOfName(file).isEmpty();
    }

    private static String normalized(SourceFile file) {
        return file.baseName().replace('_', ' ').trim().toLowerCase(Locale.ROOT);
    }
}
