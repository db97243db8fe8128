package org.occucompare.web.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.occucompare.web.store.row.AlternateTitleRow;
import org.occucompare.web.store.row.AttainmentRow;
import org.occucompare.web.store.row.DwaRow;
import org.occucompare.web.store.row.EducationAssignmentRow;
import org.occucompare.web.store.row.EducationCategoryRow;
import org.occucompare.web.store.row.EducationRatingRow;
import org.occucompare.web.store.row.JobZoneRow;
import org.occucompare.web.store.row.OccupationRow;
import org.occucompare.web.store.row.ProjectionEstimateRow;
import org.occucompare.web.store.row.RatingRow;
import org.occucompare.web.store.row.RelatedOccupationRow;
import org.occucompare.web.store.row.ScaleRow;
import org.occucompare.web.store.row.SeparationsRow;
import org.occucompare.web.store.row.TaskDwaRow;
import org.occucompare.web.store.row.TaskRow;
import org.occucompare.web.store.row.TechnologyRow;
import org.occucompare.web.store.row.WageRow;

/** Batch inserts of imported rows, one method per table. Attach to a handle inside the import's transaction. */
public interface ImportDao {
    @SqlBatch("insert into occupation (code, soc_code, title, title_lower, description, inherits_soc)"
            + " values (:code, :socCode, :title, lower(:title), :description, :inheritsSoc)")
    void occupations(@BindMethods List<OccupationRow> rows);

    @SqlBatch("insert into alternate_title (code, title, title_lower, short_title)"
            + " values (:code, :title, lower(:title), :shortTitle)")
    void alternateTitles(@BindMethods List<AlternateTitleRow> rows);

    @SqlBatch("insert into task (code, task_id, statement, task_type) values (:code, :taskId, :statement, :taskType)")
    void tasks(@BindMethods List<TaskRow> rows);

    @SqlBatch("insert into dwa (dwa_id, iwa_id, element_id, title) values (:dwaId, :iwaId, :elementId, :title)")
    void dwas(@BindMethods List<DwaRow> rows);

    @SqlBatch("insert into task_dwa (code, task_id, dwa_id) values (:code, :taskId, :dwaId)")
    void taskDwas(@BindMethods List<TaskDwaRow> rows);

    @SqlBatch("insert into scale (scale_id, name, scale_min, scale_max) values (:scaleId, :name, :minimum, :maximum)")
    void scales(@BindMethods List<ScaleRow> rows);

    @SqlBatch("insert into rating (rating_domain, code, element_id, scale_id, data_value, sample_size,"
            + " recommend_suppress, not_relevant) values (:domain, :code, :elementId, :scaleId, :dataValue,"
            + " :sampleSize, :recommendSuppress, :notRelevant)")
    void ratings(@BindMethods List<RatingRow> rows);

    @SqlBatch("insert into education_category (element_id, scale_id, category, description)"
            + " values (:elementId, :scaleId, :category, :description)")
    void educationCategories(@BindMethods List<EducationCategoryRow> rows);

    @SqlBatch("insert into education_rating (code, element_id, scale_id, category, data_value)"
            + " values (:code, :elementId, :scaleId, :category, :percent)")
    void educationRatings(@BindMethods List<EducationRatingRow> rows);

    @SqlBatch("insert into job_zone (code, job_zone) values (:code, :jobZone)")
    void jobZones(@BindMethods List<JobZoneRow> rows);

    @SqlBatch("insert into related_occupation (code, related_code, tier, rank_index)"
            + " values (:code, :relatedCode, :tier, :index)")
    void relatedOccupations(@BindMethods List<RelatedOccupationRow> rows);

    @SqlBatch("insert into technology (code, kind, example, commodity_code, commodity_title, hot_technology,"
            + " in_demand) values (:code, :kind, :example, :commodityCode, :commodityTitle, :hotTechnology,"
            + " :inDemand)")
    void technologies(@BindMethods List<TechnologyRow> rows);

    @SqlBatch("insert into wage (soc_code, soc_title, area_key, area_name, rate_type, wage_year, employment,"
            + " p10_usd, p10_kind, p25_usd, p25_kind, median_usd, median_kind, p75_usd, p75_kind, p90_usd, p90_kind,"
            + " mean_usd, mean_kind) values (:socCode, :socTitle, :areaKey, :areaName, :rateType, :year,"
            + " :employment, :p10Usd, :p10Kind, :p25Usd, :p25Kind, :medianUsd, :medianKind, :p75Usd, :p75Kind,"
            + " :p90Usd, :p90Kind, :meanUsd, :meanKind)")
    void wages(@BindMethods List<WageRow> rows);

    @SqlBatch("insert into projection (soc_code, title, area_key, area_name, base_year, projected_year,"
            + " employment_counts, base_jobs, projected_jobs, change_jobs, percent_change, annual_openings)"
            + " values (:socCode, :title, :areaKey, :areaName, :baseYear, :projectedYear, :counts, :baseEmployment,"
            + " :projectedEmployment, :change, :percentChange, :annualOpenings)")
    void projections(@BindMethods List<ProjectionEstimateRow> rows);

    @SqlBatch("insert into separations (soc_code, base_year, projected_year, exit_rate, transfer_rate,"
            + " separations_rate, exits, transfers, separations, openings) values (:socCode, :baseYear,"
            + " :projectedYear, :laborForceExitRate, :transferRate, :separationsRate, :laborForceExits, :transfers,"
            + " :separations, :openings)")
    void separations(@BindMethods List<SeparationsRow> rows);

    @SqlBatch("insert into education_assignment (soc_code, title, entry_education, work_experience,"
            + " on_the_job_training) values (:socCode, :title, :entryEducation, :workExperience, :onTheJobTraining)")
    void educationAssignments(@BindMethods List<EducationAssignmentRow> rows);

    @SqlBatch("insert into attainment (soc_code, ordinal, level_name, share_pct)"
            + " values (:socCode, :ordinal, :level, :percent)")
    void attainments(@BindMethods List<AttainmentRow> rows);
}
