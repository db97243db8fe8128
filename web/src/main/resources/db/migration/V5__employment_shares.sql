-- OccuCompare local store, version 5: the OEWS employment shares of an occupation in an area and May reference
-- year, beside its wages: jobs per 1,000 jobs of all occupations in the area (JOBS_1000) and the location quotient
-- (LOC_QUOTIENT, the area's share over the nation's). Per area and year, not per rate type, so not in the wage
-- table; a missing figure (not published) is null. One row per dataset version, as for every imported table.
create table employment_share (
    soc_code varchar(7) not null,
    area_key varchar(20) not null,
    wage_year integer not null,
    jobs_per_1000 double precision,
    location_quotient double precision,
    dataset_id bigint not null,
    primary key (soc_code, area_key, wage_year, dataset_id)
);
