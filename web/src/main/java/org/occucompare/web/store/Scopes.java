package org.occucompare.web.store;

import java.util.Map;
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
import org.occucompare.web.store.row.StoreRow;
import org.occucompare.web.store.row.TaskDwaRow;
import org.occucompare.web.store.row.TaskRow;
import org.occucompare.web.store.row.TechnologyRow;
import org.occucompare.web.store.row.WageRow;

/** The table, replacement scope and duplicate key of each kind of imported row. */
final class Scopes {
    private Scopes() {
    }

    static String table(StoreRow row) {
        if (row instanceof OccupationRow) {
            return "occupation";
        } else if (row instanceof AlternateTitleRow) {
            return "alternate_title";
        } else if (row instanceof TaskRow) {
            return "task";
        } else if (row instanceof DwaRow) {
            return "dwa";
        } else if (row instanceof TaskDwaRow) {
            return "task_dwa";
        } else if (row instanceof ScaleRow) {
            return "scale";
        } else if (row instanceof RatingRow) {
            return "rating";
        } else if (row instanceof EducationCategoryRow) {
            return "education_category";
        } else if (row instanceof EducationRatingRow) {
            return "education_rating";
        } else if (row instanceof JobZoneRow) {
            return "job_zone";
        } else if (row instanceof RelatedOccupationRow) {
            return "related_occupation";
        } else if (row instanceof TechnologyRow) {
            return "technology";
        } else if (row instanceof WageRow) {
            return "wage";
        } else if (row instanceof ProjectionEstimateRow) {
            return "projection";
        } else if (row instanceof SeparationsRow) {
            return "separations";
        } else if (row instanceof EducationAssignmentRow) {
            return "education_assignment";
        } else if (row instanceof AttainmentRow) {
            return "attainment";
        }
        return "element";
    }

    static Scope of(StoreRow row) {
        if (row instanceof RatingRow r) {
            return new Scope("rating:" + r.domain(), "delete from rating where rating_domain = :d",
                    Map.of("d", r.domain().name()));
        } else if (row instanceof TechnologyRow t) {
            return new Scope("technology:" + t.kind(), "delete from technology where kind = :k", Map.of("k", t.kind()));
        } else if (row instanceof WageRow w) {
            return new Scope("wage:" + w.year() + ":" + w.areaKey(),
                    "delete from wage where wage_year = :y and area_key = :a", Map.of("y", w.year(), "a", w.areaKey()));
        } else if (row instanceof ProjectionEstimateRow p) {
            return new Scope("projection:" + p.baseYear() + ":" + p.projectedYear() + ":" + p.areaKey(),
                    "delete from projection where base_year = :b and projected_year = :p and area_key = :a",
                    Map.of("b", p.baseYear(), "p", p.projectedYear(), "a", p.areaKey()));
        } else if (row instanceof SeparationsRow s) {
            return new Scope("separations:" + s.baseYear() + ":" + s.projectedYear(),
                    "delete from separations where base_year = :b and projected_year = :p",
                    Map.of("b", s.baseYear(), "p", s.projectedYear()));
        }
        return Scope.table(table(row));
    }

    /** A key that must be unique within one import, or an empty string when duplicates cannot occur. */
    static String uniqueKey(StoreRow row) {
        if (row instanceof WageRow w) {
            return "w|" + w.socCode() + "|" + w.areaKey() + "|" + w.rateType() + "|" + w.year();
        } else if (row instanceof ProjectionEstimateRow p) {
            return "p|" + p.socCode() + "|" + p.areaKey() + "|" + p.baseYear() + "|" + p.projectedYear();
        } else if (row instanceof EducationAssignmentRow e) {
            return "e|" + e.socCode();
        }
        return "";
    }
}
