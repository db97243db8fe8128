package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.occucompare.web.store.row.AlternateTitleRow;
import org.occucompare.web.store.row.AreaRow;
import org.occucompare.web.store.row.AttainmentRow;
import org.occucompare.web.store.row.DwaRow;
import org.occucompare.web.store.row.EducationAssignmentRow;
import org.occucompare.web.store.row.EducationCategoryRow;
import org.occucompare.web.store.row.EducationRatingRow;
import org.occucompare.web.store.row.EmploymentShareRow;
import org.occucompare.web.store.row.JobZoneRow;
import org.occucompare.web.store.row.OccupationRow;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.RatingRow;
import org.occucompare.web.store.row.RelatedOccupationRow;
import org.occucompare.web.store.row.ScaleRow;
import org.occucompare.web.store.row.SeparationsRow;
import org.occucompare.web.store.row.StoreRow;
import org.occucompare.web.store.row.TaskDwaRow;
import org.occucompare.web.store.row.TaskRow;
import org.occucompare.web.store.row.TechnologyRow;
import org.occucompare.web.store.row.WageRow;

/**
 * A table that imports fill from one kind of {@link StoreRow}: its columns and how a row fills them (for batched
 * inserts and PostgreSQL's COPY alike), what part of the table a row's import replaces (its scope), and the key
 * that detects a duplicate row within one import. Every table also has the leading column {@code dataset_id}, which
 * the writer fills. Immutable.
 *
 * @param <R> the row type
 */
final class StoreTable<R extends StoreRow> {
    /** A whole-table scope: importing any row of the table replaces all of it. */
    static final String WHOLE = "";

    private final String name;
    private final Class<R> type;
    private final List<Column<R>> columns;
    private final String scopeSql;
    private final Function<R, String> scopeKey;
    private final Function<R, String> uniqueKey;

    private StoreTable(String name, Class<R> type, List<Column<R>> columns, String scopeSql,
            Function<R, String> scopeKey, Function<R, String> uniqueKey) {
        this.name = name;
        this.type = type;
        this.columns = List.copyOf(columns);
        this.scopeSql = scopeSql;
        this.scopeKey = scopeKey;
        this.uniqueKey = uniqueKey;
    }

    private static <R extends StoreRow> StoreTable<R> whole(String name, Class<R> type, List<Column<R>> columns) {
        return new StoreTable<>(name, type, columns, "''", r -> WHOLE, r -> "");
    }

    static final StoreTable<OccupationRow> OCCUPATION = whole("occupation", OccupationRow.class, List.of(
            text("code", OccupationRow::code), text("soc_code", OccupationRow::socCode),
            text("title", OccupationRow::title), text("title_lower", r -> r.title().toLowerCase(Locale.ROOT)),
            text("description", OccupationRow::description), bool("inherits_soc", OccupationRow::inheritsSoc)));
    static final StoreTable<AlternateTitleRow> ALTERNATE_TITLE = whole("alternate_title", AlternateTitleRow.class,
            List.of(text("code", AlternateTitleRow::code), text("title", AlternateTitleRow::title),
                    text("title_lower", r -> r.title().toLowerCase(Locale.ROOT)),
                    text("short_title", r -> r.shortTitle().orElse(null))));
    static final StoreTable<TaskRow> TASK = whole("task", TaskRow.class, List.of(text("code", TaskRow::code),
            bigint("task_id", TaskRow::taskId), text("statement", TaskRow::statement),
            text("task_type", r -> r.taskType().orElse(null))));
    static final StoreTable<DwaRow> DWA = whole("dwa", DwaRow.class, List.of(text("dwa_id", DwaRow::dwaId),
            text("iwa_id", DwaRow::iwaId), text("element_id", DwaRow::elementId), text("title", DwaRow::title)));
    static final StoreTable<TaskDwaRow> TASK_DWA = whole("task_dwa", TaskDwaRow.class, List.of(
            text("code", TaskDwaRow::code), bigint("task_id", TaskDwaRow::taskId), text("dwa_id", TaskDwaRow::dwaId)));
    static final StoreTable<ScaleRow> SCALE = whole("scale", ScaleRow.class, List.of(
            text("scale_id", ScaleRow::scaleId), text("name", ScaleRow::name), real("scale_min", ScaleRow::minimum),
            real("scale_max", ScaleRow::maximum)));
    static final StoreTable<RatingRow> RATING = new StoreTable<>("rating", RatingRow.class, List.of(
            text("rating_domain", r -> r.domain().name()), text("code", RatingRow::code),
            text("element_id", RatingRow::elementId), text("scale_id", RatingRow::scaleId),
            real("data_value", RatingRow::dataValue), integer("sample_size", r -> orNull(r.sampleSize())),
            bool("recommend_suppress", RatingRow::recommendSuppress),
            bool("not_relevant", r -> r.notRelevant().orElse(null))),
            "o.rating_domain", r -> r.domain().name(), r -> "");
    static final StoreTable<EducationCategoryRow> EDUCATION_CATEGORY = whole("education_category",
            EducationCategoryRow.class, List.of(text("element_id", EducationCategoryRow::elementId),
                    text("scale_id", EducationCategoryRow::scaleId), integer("category", EducationCategoryRow::category),
                    text("description", EducationCategoryRow::description)));
    static final StoreTable<EducationRatingRow> EDUCATION_RATING = whole("education_rating", EducationRatingRow.class,
            List.of(text("code", EducationRatingRow::code), text("element_id", EducationRatingRow::elementId),
                    text("scale_id", EducationRatingRow::scaleId), integer("category", r -> orNull(r.category())),
                    real("data_value", EducationRatingRow::percent)));
    static final StoreTable<JobZoneRow> JOB_ZONE = whole("job_zone", JobZoneRow.class, List.of(
            text("code", JobZoneRow::code), integer("job_zone", JobZoneRow::jobZone)));
    static final StoreTable<RelatedOccupationRow> RELATED_OCCUPATION = whole("related_occupation",
            RelatedOccupationRow.class, List.of(text("code", RelatedOccupationRow::code),
                    text("related_code", RelatedOccupationRow::relatedCode), text("tier", r -> r.tier().orElse(null)),
                    integer("rank_index", r -> orNull(r.index()))));
    static final StoreTable<TechnologyRow> TECHNOLOGY = new StoreTable<>("technology", TechnologyRow.class, List.of(
            text("code", TechnologyRow::code), text("kind", TechnologyRow::kind),
            text("example", TechnologyRow::example), text("commodity_code", TechnologyRow::commodityCode),
            text("commodity_title", TechnologyRow::commodityTitle),
            bool("hot_technology", TechnologyRow::hotTechnology), bool("in_demand", TechnologyRow::inDemand)),
            "o.kind", TechnologyRow::kind, r -> "");
    static final StoreTable<WageRow> WAGE = new StoreTable<>("wage", WageRow.class, List.of(
            text("soc_code", WageRow::socCode), text("soc_title", WageRow::socTitle),
            text("area_key", WageRow::areaKey), text("area_name", WageRow::areaName),
            text("rate_type", WageRow::rateType), integer("wage_year", WageRow::year),
            bigint("employment", r -> orNull(r.employment())),
            real("p10_usd", r -> orNull(r.p10Usd())), text("p10_kind", WageRow::p10Kind),
            real("p25_usd", r -> orNull(r.p25Usd())), text("p25_kind", WageRow::p25Kind),
            real("median_usd", r -> orNull(r.medianUsd())), text("median_kind", WageRow::medianKind),
            real("p75_usd", r -> orNull(r.p75Usd())), text("p75_kind", WageRow::p75Kind),
            real("p90_usd", r -> orNull(r.p90Usd())), text("p90_kind", WageRow::p90Kind),
            real("mean_usd", r -> orNull(r.meanUsd())), text("mean_kind", WageRow::meanKind)),
            "cast(o.wage_year as varchar(11)) || '|' || o.area_key", r -> r.year() + "|" + r.areaKey(),
            r -> r.socCode() + "|" + r.areaKey() + "|" + r.rateType() + "|" + r.year());
    /** OEWS employment shares: replaced per year and area, as the wages of the same files are. */
    static final StoreTable<EmploymentShareRow> EMPLOYMENT_SHARE = new StoreTable<>("employment_share",
            EmploymentShareRow.class, List.of(text("soc_code", EmploymentShareRow::socCode),
                    text("area_key", EmploymentShareRow::areaKey), integer("wage_year", EmploymentShareRow::year),
                    real("jobs_per_1000", r -> orNull(r.jobsPer1000())),
                    real("location_quotient", r -> orNull(r.locationQuotient()))),
            "cast(o.wage_year as varchar(11)) || '|' || o.area_key", r -> r.year() + "|" + r.areaKey(),
            r -> r.socCode() + "|" + r.areaKey() + "|" + r.year());
    static final StoreTable<ProjectionEstimateRow> PROJECTION = new StoreTable<>("projection",
            ProjectionEstimateRow.class, List.of(text("soc_code", ProjectionEstimateRow::socCode),
                    text("title", ProjectionEstimateRow::title), text("area_key", ProjectionEstimateRow::areaKey),
                    text("area_name", ProjectionEstimateRow::areaName),
                    integer("base_year", ProjectionEstimateRow::baseYear),
                    integer("projected_year", ProjectionEstimateRow::projectedYear),
                    text("employment_counts", ProjectionEstimateRow::counts),
                    bigint("base_jobs", r -> orNull(r.baseEmployment())),
                    bigint("projected_jobs", r -> orNull(r.projectedEmployment())),
                    bigint("change_jobs", r -> orNull(r.change())),
                    real("percent_change", r -> orNull(r.percentChange())),
                    bigint("annual_openings", r -> orNull(r.annualOpenings()))),
            "cast(o.base_year as varchar(11)) || '|' || cast(o.projected_year as varchar(11)) || '|' || o.area_key",
            r -> r.baseYear() + "|" + r.projectedYear() + "|" + r.areaKey(),
            r -> r.socCode() + "|" + r.areaKey() + "|" + r.baseYear() + "|" + r.projectedYear());
    static final StoreTable<SeparationsRow> SEPARATIONS = new StoreTable<>("separations", SeparationsRow.class,
            List.of(text("soc_code", SeparationsRow::socCode), integer("base_year", SeparationsRow::baseYear),
                    integer("projected_year", SeparationsRow::projectedYear),
                    real("exit_rate", r -> orNull(r.laborForceExitRate())),
                    real("transfer_rate", r -> orNull(r.transferRate())),
                    real("separations_rate", r -> orNull(r.separationsRate())),
                    bigint("exits", r -> orNull(r.laborForceExits())), bigint("transfers", r -> orNull(r.transfers())),
                    bigint("separations", r -> orNull(r.separations())),
                    bigint("openings", r -> orNull(r.openings()))),
            "cast(o.base_year as varchar(11)) || '|' || cast(o.projected_year as varchar(11))",
            r -> r.baseYear() + "|" + r.projectedYear(), r -> "");
    static final StoreTable<EducationAssignmentRow> EDUCATION_ASSIGNMENT = new StoreTable<>("education_assignment",
            EducationAssignmentRow.class, List.of(text("soc_code", EducationAssignmentRow::socCode),
                    text("title", EducationAssignmentRow::title),
                    text("entry_education", r -> r.entryEducation().orElse(null)),
                    text("work_experience", r -> r.workExperience().orElse(null)),
                    text("on_the_job_training", r -> r.onTheJobTraining().orElse(null))),
            "''", r -> WHOLE, EducationAssignmentRow::socCode);
    static final StoreTable<AttainmentRow> ATTAINMENT = whole("attainment", AttainmentRow.class, List.of(
            text("soc_code", AttainmentRow::socCode), integer("ordinal", AttainmentRow::ordinal),
            text("level_name", AttainmentRow::level), real("share_pct", r -> orNull(r.percent()))));

    /** The gazetteer of OEWS areas: an area list replaces the whole table. */
    static final StoreTable<AreaRow> OEWS_AREA = new StoreTable<>("oews_area", AreaRow.class, List.of(
            text("area_code", AreaRow::code), text("area_name", AreaRow::name), text("states", AreaRow::states),
            text("area_kind", AreaRow::kind)), "''", r -> WHOLE, AreaRow::code);

    /** The tables filled from rows, in an order that writes what others refer to first. */
    static final List<StoreTable<?>> FILLED = List.of(OCCUPATION, ALTERNATE_TITLE, TASK, DWA, TASK_DWA, SCALE, RATING,
            EDUCATION_CATEGORY, EDUCATION_RATING, JOB_ZONE, RELATED_OCCUPATION, TECHNOLOGY, WAGE, EMPLOYMENT_SHARE,
            PROJECTION, SEPARATIONS, EDUCATION_ASSIGNMENT, ATTAINMENT, OEWS_AREA);

    private static final Map<Class<?>, StoreTable<?>> BY_TYPE = FILLED.stream()
            .collect(Collectors.toUnmodifiableMap(t -> t.type, t -> t));

    /**
     * Every table that holds imported data, with its columns besides {@code dataset_id}: an import carries over
     * from the previous version what it does not replace, and pruning deletes old versions from all of them. A new
     * table of imported data must be listed here (the architecture guide says so; a test checks the schema).
     */
    static final Map<String, List<String>> VERSIONED = versioned();

    /**
     * Tables of data derived from a whole version when its import commits (the similarity index): never carried
     * over, since a new version has its own, but pruned with the versions they belong to.
     */
    static final List<String> DERIVED = List.of("similarity_index");

    /** {@return every table with a {@code dataset_id}: the versioned ones, then the derived ones} */
    static List<String> versionedAndDerived() {
        return java.util.stream.Stream.concat(VERSIONED.keySet().stream(), DERIVED.stream()).toList();
    }

    /** The table of a row. */
    @SuppressWarnings("unchecked")
    static <R extends StoreRow> StoreTable<R> of(R row) {
        StoreTable<?> table = BY_TYPE.get(row.getClass());
        if (table == null) {
            throw new IllegalArgumentException("no table for " + row.getClass().getSimpleName());
        }
        return (StoreTable<R>) table;
    }

    private static Map<String, List<String>> versioned() {
        Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
        FILLED.forEach(t -> tables.put(t.name, t.columnNames()));
        tables.put("element", List.of("element_id", "name", "description"));
        tables.put("bright_outlook", List.of("code", "category"));
        tables.put("industry_employment", List.of("soc_code", "base_year", "projected_year", "industry_code",
                "industry_title", "iag_code", "share_pct", "base_jobs", "projected_jobs", "change_jobs",
                "percent_change"));
        tables.put("data_source", List.of("source_id", "source_kind", "name", "vintage", "url", "citation", "files",
                "row_count", "imported_at"));
        return Map.copyOf(tables);
    }

    String name() {
        return name;
    }

    List<Column<R>> columns() {
        return columns;
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The SQL expression of a row's scope key over the table aliased {@code o}; {@code ''} for a whole table. */
    String scopeSql() {
        return scopeSql;
    }

    /** The scope a row's import replaces, {@link #WHOLE} for the whole table. */
    String scopeKey(R row) {
        return scopeKey.apply(row);
    }

    /** A key that must be unique within one import, or an empty string when duplicates cannot occur. */
    String uniqueKey(R row) {
        return uniqueKey.apply(row);
    }

    /**
     * One column of a table.
     *
     * @param name the column name
     * @param sqlType its {@link Types} code, for nulls
     * @param value the column's value of a row: a String, Integer, Long, Double or Boolean, or null
     * @param <R> the row type
     */
    record Column<R>(String name, int sqlType, Function<R, @Nullable Object> value) {
        Column {
            requireNonNull(name, "name is null");
            requireNonNull(value, "value is null");
        }
    }

    private static <R> Column<R> text(String name, Function<R, @Nullable String> value) {
        return new Column<>(name, Types.VARCHAR, value::apply);
    }

    private static <R> Column<R> integer(String name, Function<R, @Nullable Integer> value) {
        return new Column<>(name, Types.INTEGER, value::apply);
    }

    private static <R> Column<R> bigint(String name, Function<R, @Nullable Long> value) {
        return new Column<>(name, Types.BIGINT, value::apply);
    }

    private static <R> Column<R> real(String name, Function<R, @Nullable Double> value) {
        return new Column<>(name, Types.DOUBLE, value::apply);
    }

    private static <R> Column<R> bool(String name, Function<R, @Nullable Boolean> value) {
        return new Column<>(name, Types.BOOLEAN, value::apply);
    }

    private static @Nullable Integer orNull(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static @Nullable Long orNull(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static @Nullable Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
