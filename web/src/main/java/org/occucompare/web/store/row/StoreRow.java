package org.occucompare.web.store.row;

/** One row bound for one table of the local store. Implementations are immutable records. */
public sealed interface StoreRow
        permits OccupationRow, AlternateTitleRow, TaskRow, DwaRow, TaskDwaRow, ElementRow, ScaleRow, RatingRow,
        EducationCategoryRow, EducationRatingRow, JobZoneRow, RelatedOccupationRow, TechnologyRow, WageRow,
        ProjectionEstimateRow, SeparationsRow, EducationAssignmentRow, AttainmentRow, AreaRow, EmploymentShareRow {
}
