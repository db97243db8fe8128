package org.occucompare.web.store;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.occucompare.web.store.row.ProjectionEstimateRow;

/**
 * Reads occupations and their sections for many codes at once: every method takes the whole set, so loading a
 * comparison is one query per section, whatever the number of occupations and places. Every query reads the dataset
 * version the handle defines as {@value DatasetDao#DATASET}: attach it inside {@link Database#read}.
 */
public interface OccupationDao {
    @SqlQuery("select code, soc_code, title, description, inherits_soc from occupation where dataset_id = <dataset>"
            + " and code in (<codes>)")
    @UseRowMapper(StoredOccupationRowMapper.class)
    List<StoredOccupation> occupations(@BindList("codes") List<String> codes);

    @SqlQuery("select code from occupation where dataset_id = <dataset> and title_lower = :title union"
            + " select code from alternate_title where dataset_id = <dataset> and title_lower = :title order by code")
    List<String> codesWithTitle(@Bind("title") String lowerCaseTitle);

    @SqlQuery("select code, title from alternate_title where dataset_id = <dataset> and code in (<codes>)"
            + " order by code, title")
    @UseRowMapper(CodeTextRowMapper.class)
    List<Map.Entry<String, String>> alternateTitles(@BindList("codes") List<String> codes);

    @SqlQuery("select r.code, r.related_code, o.title, r.tier, r.rank_index from related_occupation r"
            + " join occupation o on o.dataset_id = r.dataset_id and o.code = r.related_code"
            + " where r.dataset_id = <dataset> and r.code in (<codes>)"
            + " order by r.code, r.rank_index, r.related_code")
    @UseRowMapper(StoredRelatedRowMapper.class)
    List<StoredRelated> related(@BindList("codes") List<String> codes);

    @SqlQuery("select code, task_id, statement, task_type from task where dataset_id = <dataset> and code in (<codes>)"
            + " order by code, task_id")
    @UseRowMapper(StoredTextRowMapper.class)
    List<StoredText> tasks(@BindList("codes") List<String> codes);

    @SqlQuery("select t.code, d.dwa_id, d.title, t.task_id from task_dwa t join dwa d on d.dataset_id = t.dataset_id"
            + " and d.dwa_id = t.dwa_id where t.dataset_id = <dataset> and t.code in (<codes>)"
            + " order by t.code, d.dwa_id, t.task_id")
    @UseRowMapper(StoredTextRowMapper.class)
    List<StoredText> workActivities(@BindList("codes") List<String> codes);

    @SqlQuery("select code, kind, commodity_title, example, hot_technology, in_demand from technology"
            + " where dataset_id = <dataset> and code in (<codes>) order by code, kind, commodity_title, example")
    @UseRowMapper(StoredTechnologyRowMapper.class)
    List<StoredTechnology> technology(@BindList("codes") List<String> codes);

    @SqlQuery("select r.rating_domain, r.code, r.element_id, e.name, e.description, r.scale_id, r.data_value"
            + " from rating r join element e on e.dataset_id = r.dataset_id and e.element_id = r.element_id"
            + " where r.dataset_id = <dataset> and r.code in (<codes>)"
            + " order by r.code, r.rating_domain, r.element_id, r.scale_id")
    @UseRowMapper(StoredRatingRowMapper.class)
    List<StoredRating> ratings(@BindList("codes") List<String> codes);

    @SqlQuery("select r.rating_domain, r.code, r.element_id, e.name, e.description, r.scale_id, r.data_value"
            + " from rating r join element e on e.dataset_id = r.dataset_id and e.element_id = r.element_id"
            + " where r.dataset_id = <dataset> and r.rating_domain = :domain"
            + " order by r.code, r.element_id, r.scale_id")
    @UseRowMapper(StoredRatingRowMapper.class)
    List<StoredRating> ratingsOfDomain(@Bind("domain") String domain);

    @SqlQuery("select code, job_zone from job_zone where dataset_id = <dataset> and code in (<codes>)")
    @UseRowMapper(CodeTextRowMapper.class)
    List<Map.Entry<String, String>> jobZones(@BindList("codes") List<String> codes);

    @SqlQuery("select soc_code as code, title, entry_education, work_experience, on_the_job_training"
            + " from education_assignment where dataset_id = <dataset> and soc_code in (<socs>)")
    @UseRowMapper(StoredAssignmentRowMapper.class)
    List<StoredAssignment> assignments(@BindList("socs") List<String> socs);

    @SqlQuery("select soc_code as code, ordinal, level_name, share_pct from attainment where dataset_id = <dataset>"
            + " and soc_code in (<socs>)"
            + " order by soc_code, ordinal")
    @UseRowMapper(StoredAttainmentRowMapper.class)
    List<StoredAttainment> attainment(@BindList("socs") List<String> socs);

    @SqlQuery("select w.*, s.jobs_per_1000, s.location_quotient from wage w left join employment_share s"
            + " on s.dataset_id = w.dataset_id and s.soc_code = w.soc_code and s.area_key = w.area_key"
            + " and s.wage_year = w.wage_year"
            + " where w.dataset_id = <dataset> and w.soc_code in (<socs>) and w.area_key in (<areas>)"
            + " order by w.soc_code, w.wage_year desc, w.area_key, w.rate_type")
    @RegisterRowMapper(StoredWageRowMapper.class)
    List<StoredWage> wages(@BindList("socs") List<String> socs, @BindList("areas") List<String> areaKeys);

    @SqlQuery("select * from projection where dataset_id = <dataset> and soc_code in (<socs>)"
            + " and area_key in (<areas>)"
            + " order by soc_code, base_year desc, area_key")
    @RegisterRowMapper(ProjectionEstimateRowMapper.class)
    List<ProjectionEstimateRow> projections(@BindList("socs") List<String> socs,
            @BindList("areas") List<String> areaKeys);

    /**
     * The Employment Projections matrix codes, in the given SOC broad groups (the first six characters, such as
     * {@code 13-102}), that no stored occupation maps to: the matrix's aggregates (such as {@code 13-1020} "Buyers and
     * purchasing agents") and its broad-group summaries.
     */
    @SqlQuery("select distinct p.soc_code from projection p where p.dataset_id = <dataset>"
            + " and substr(p.soc_code, 1, 6) in (<broads>) and not exists (select 1 from occupation o"
            + " where o.dataset_id = p.dataset_id and o.soc_code = p.soc_code) order by p.soc_code")
    List<String> matrixAggregates(@BindList("broads") List<String> broadGroups);

    @SqlQuery("select code, title from occupation where dataset_id = <dataset>"
            + " and (title_lower like :pattern or code like :code)"
            + " order by code")
    @UseRowMapper(CodeTextRowMapper.class)
    List<Map.Entry<String, String>> titlesLike(@Bind("pattern") String pattern, @Bind("code") String codePattern);

    @SqlQuery("select a.code, a.title from alternate_title a where a.dataset_id = <dataset>"
            + " and a.title_lower like :pattern order by a.code")
    @UseRowMapper(CodeTextRowMapper.class)
    List<Map.Entry<String, String>> alternateTitlesLike(@Bind("pattern") String pattern);

    @SqlQuery("select code, title from occupation where dataset_id = <dataset> order by code")
    @UseRowMapper(CodeTextRowMapper.class)
    List<Map.Entry<String, String>> allTitles();

    @SqlQuery("select count(*) from occupation where dataset_id = <dataset>")
    long occupationCount();
}
