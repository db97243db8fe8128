package org.occucompare.web.importer;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.web.store.row.AlternateTitleRow;
import org.occucompare.web.store.row.DwaRow;
import org.occucompare.web.store.row.EducationCategoryRow;
import org.occucompare.web.store.row.EducationRatingRow;
import org.occucompare.web.store.row.ElementRow;
import org.occucompare.web.store.row.JobZoneRow;
import org.occucompare.web.store.row.OccupationRow;
import org.occucompare.web.store.row.RatingDomain;
import org.occucompare.web.store.row.RatingRow;
import org.occucompare.web.store.row.RelatedOccupationRow;
import org.occucompare.web.store.row.ScaleRow;
import org.occucompare.web.store.row.TaskDwaRow;
import org.occucompare.web.store.row.TaskRow;
import org.occucompare.web.store.row.TechnologyRow;

/** Reads one file of the O*NET database, text or Excel edition, into store rows. Not thread-safe. */
final class OnetFileReader {
    private static final Map<FileKind, RatingDomain> RATING_DOMAINS = Map.of(
            FileKind.ONET_SKILLS, RatingDomain.SKILL, FileKind.ONET_KNOWLEDGE, RatingDomain.KNOWLEDGE,
            FileKind.ONET_ABILITIES, RatingDomain.ABILITY, FileKind.ONET_INTERESTS, RatingDomain.INTEREST,
            FileKind.ONET_WORK_VALUES, RatingDomain.WORK_VALUE);

    private OnetFileReader() {
    }

    /** Reads the file into the sink; returns the number of data rows read. */
    static long read(RecognizedFile recognized, ImportSink sink) {
        FileKind kind = recognized.kind();
        SourceFile file = recognized.file();
        Set<String> required = OnetColumns.REQUIRED.get(kind);
        Consumer<TableRow> handler = handler(kind, sink);
        if (file.extension().equals("xlsx")) {
            String anchor = required.contains(OnetColumns.CODE) ? OnetColumns.CODE : required.iterator().next();
            return Workbooks.read(file, name -> true, anchor, required, handler);
        }
        return Tables.read(file, required, handler);
    }

    private static Consumer<TableRow> handler(FileKind kind, ImportSink sink) {
        RatingDomain domain = RATING_DOMAINS.get(kind);
        if (domain != null) {
            Set<String> seenElements = new HashSet<>();
            return row -> {
                String elementId = row.text("Element ID");
                if (seenElements.add(elementId)) {
                    sink.accept(new ElementRow(elementId, row.text("Element Name"), Optional.empty()));
                }
                sink.accept(new RatingRow(domain, code(row), elementId, row.text("Scale ID"),
                        Values.requiredDecimal(row, "Data Value"), Values.integer(row, "N"),
                        row.onetOptional("Recommend Suppress").filter("Y"::equalsIgnoreCase).isPresent(),
                        row.onetOptional("Not Relevant").map("Y"::equalsIgnoreCase)));
            };
        }
        return switch (kind) {
            case ONET_OCCUPATION_DATA -> row -> {
                String code = code(row);
                sink.accept(new OccupationRow(code, OccupationRow.socOf(code), row.text("Title"),
                        row.optional("Description").orElse("")));
            };
            case ONET_ALTERNATE_TITLES -> row -> sink.accept(new AlternateTitleRow(code(row),
                    row.text("Alternate Title"), row.onetOptional("Short Title")));
            case ONET_TASK_STATEMENTS -> row -> sink.accept(new TaskRow(code(row), taskId(row), row.text("Task"),
                    row.onetOptional("Task Type")));
            case ONET_TASKS_TO_DWAS -> row -> sink.accept(new TaskDwaRow(code(row), taskId(row),
                    row.text("DWA ID")));
            case ONET_DWA_REFERENCE -> row -> sink.accept(new DwaRow(row.text("DWA ID"), row.text("IWA ID"),
                    row.text("Element ID"), row.text("DWA Title")));
            case ONET_EDUCATION -> row -> sink.accept(new EducationRatingRow(code(row), row.text("Element ID"),
                    row.text("Scale ID"), Values.integer(row, "Category"), Values.requiredDecimal(row, "Data Value")));
            case ONET_EDUCATION_CATEGORIES -> row -> sink.accept(new EducationCategoryRow(row.text("Element ID"),
                    row.text("Scale ID"), category(row), row.text("Category Description")));
            case ONET_JOB_ZONES -> row -> sink.accept(new JobZoneRow(code(row),
                    (int) Values.requiredDecimal(row, "Job Zone")));
            case ONET_RELATED_OCCUPATIONS -> row -> sink.accept(new RelatedOccupationRow(code(row),
                    code(row, "Related O*NET-SOC Code"), row.onetOptional("Relatedness Tier"),
                    Values.integer(row, "Index")));
            case ONET_TECHNOLOGY_SKILLS -> row -> sink.accept(technology(row, "TECHNOLOGY"));
            case ONET_TOOLS_USED -> row -> sink.accept(technology(row, "TOOL"));
            case ONET_CONTENT_MODEL -> row -> sink.accept(new ElementRow(row.text("Element ID"),
                    row.text("Element Name"), row.onetOptional("Description")));
            case ONET_SCALES -> row -> sink.accept(new ScaleRow(row.text("Scale ID"), row.text("Scale Name"),
                    Values.requiredDecimal(row, "Minimum"), Values.requiredDecimal(row, "Maximum")));
            default -> throw new IllegalArgumentException("not an O*NET file kind: " + kind);
        };
    }

    private static TechnologyRow technology(TableRow row, String kind) {
        return new TechnologyRow(code(row), kind, row.text("Example"), row.text("Commodity Code"),
                row.text("Commodity Title"), yes(row, "Hot Technology"), yes(row, "In Demand"));
    }

    private static boolean yes(TableRow row, String column) {
        return row.onetOptional(column).filter("Y"::equalsIgnoreCase).isPresent();
    }

    private static String code(TableRow row) {
        return code(row, OnetColumns.CODE);
    }

    private static String code(TableRow row, String column) {
        String code = row.text(column);
        if (!OccupationCode.isValid(code)) {
            throw row.invalid(column, "'" + Values.cut(code) + "' is not an O*NET-SOC code such as 29-1141.00");
        }
        return code;
    }

    private static long taskId(TableRow row) {
        return Values.whole(row, "Task ID").orElseThrow(() -> row.invalid("Task ID", "a task id is required"));
    }

    private static int category(TableRow row) {
        OptionalInt category = Values.integer(row, "Category");
        return category.orElseThrow(() -> row.invalid("Category", "a category number is required"));
    }
}
