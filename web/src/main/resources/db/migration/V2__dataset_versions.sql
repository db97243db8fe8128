-- OccuCompare local store, version 2: dataset versions. Every data table gets a dataset_id; an import writes a new
-- version beside the one readers use and switches dataset_current to it in its last statement, so a reader never
-- sees half an import, and a failed or killed import leaves the previous version serving. The CareerOneStop cache
-- (upstream_response, cache_entry) is not versioned: it is not imported. Portable SQL (H2 2.x and PostgreSQL 15);
-- the primary keys, whose names differ between the two, are rebuilt in db/vendor/*/V3 with dataset_id added.

-- one row per version: what it holds ('sample' or 'import') and a one-line description
create table dataset_version (
    dataset_id bigint not null primary key,
    kind varchar(10) not null,
    label varchar(1000) not null,
    created_at timestamp with time zone not null,
    import_seconds double precision
);

-- at most one row (singleton = 1): the version that readers use
create table dataset_current (
    singleton integer not null primary key,
    dataset_id bigint not null,
    constraint dataset_current_singleton check (singleton = 1)
);

-- what each version's import replaced: a whole table (scope_key '') or a part of it ('SKILL', '2024|CA', ...);
-- the rest of the table is carried over from the version before
create table dataset_scope (
    dataset_id bigint not null,
    table_name varchar(40) not null,
    scope_key varchar(200) not null,
    primary key (dataset_id, table_name, scope_key)
);

-- named row locks: a process holds one by selecting its row FOR UPDATE inside a transaction, so the database
-- releases it when the holder commits, rolls back or dies ('import': one import at a time)
create table store_lock (
    lock_name varchar(200) not null primary key
);
insert into store_lock (lock_name) values ('import');

-- the data of a version-1 store becomes version 1
insert into dataset_version (dataset_id, kind, label, created_at)
select 1, d.info_text, coalesce((select l.info_text from store_info l where l.info_key = 'label'), d.info_text),
       current_timestamp
from store_info d where d.info_key = 'dataset';
insert into dataset_current (singleton, dataset_id) select 1, dataset_id from dataset_version;
drop table store_info;

alter table data_source add column dataset_id bigint default 1 not null;
alter table occupation add column dataset_id bigint default 1 not null;
alter table alternate_title add column dataset_id bigint default 1 not null;
alter table task add column dataset_id bigint default 1 not null;
alter table dwa add column dataset_id bigint default 1 not null;
alter table task_dwa add column dataset_id bigint default 1 not null;
alter table element add column dataset_id bigint default 1 not null;
alter table scale add column dataset_id bigint default 1 not null;
alter table rating add column dataset_id bigint default 1 not null;
alter table education_category add column dataset_id bigint default 1 not null;
alter table education_rating add column dataset_id bigint default 1 not null;
alter table job_zone add column dataset_id bigint default 1 not null;
alter table related_occupation add column dataset_id bigint default 1 not null;
alter table technology add column dataset_id bigint default 1 not null;
alter table bright_outlook add column dataset_id bigint default 1 not null;
alter table wage add column dataset_id bigint default 1 not null;
alter table projection add column dataset_id bigint default 1 not null;
alter table separations add column dataset_id bigint default 1 not null;
alter table industry_employment add column dataset_id bigint default 1 not null;
alter table education_assignment add column dataset_id bigint default 1 not null;
alter table attainment add column dataset_id bigint default 1 not null;

alter table data_source alter column dataset_id drop default;
alter table occupation alter column dataset_id drop default;
alter table alternate_title alter column dataset_id drop default;
alter table task alter column dataset_id drop default;
alter table dwa alter column dataset_id drop default;
alter table task_dwa alter column dataset_id drop default;
alter table element alter column dataset_id drop default;
alter table scale alter column dataset_id drop default;
alter table rating alter column dataset_id drop default;
alter table education_category alter column dataset_id drop default;
alter table education_rating alter column dataset_id drop default;
alter table job_zone alter column dataset_id drop default;
alter table related_occupation alter column dataset_id drop default;
alter table technology alter column dataset_id drop default;
alter table bright_outlook alter column dataset_id drop default;
alter table wage alter column dataset_id drop default;
alter table projection alter column dataset_id drop default;
alter table separations alter column dataset_id drop default;
alter table industry_employment alter column dataset_id drop default;
alter table education_assignment alter column dataset_id drop default;
alter table attainment alter column dataset_id drop default;

-- every index ends with the version, as every query filters on it: H2 uses an IN list only on an index's first
-- column, and reads look occupations up by lists of codes
drop index occupation_soc;
drop index occupation_title_lower;
drop index alternate_title_code;
drop index alternate_title_lower;
drop index rating_domain_element;
drop index education_rating_code;
drop index technology_code;
create index occupation_soc on occupation (soc_code, dataset_id);
create index occupation_title_lower on occupation (title_lower, dataset_id);
create index alternate_title_code on alternate_title (code, dataset_id);
create index alternate_title_lower on alternate_title (title_lower, dataset_id);
create index rating_domain_element on rating (rating_domain, element_id, dataset_id);
create index education_rating_code on education_rating (code, dataset_id);
create index technology_code on technology (code, dataset_id);
