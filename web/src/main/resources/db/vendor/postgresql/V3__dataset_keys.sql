-- OccuCompare local store, version 3 on PostgreSQL: every primary key ends with the dataset version (see V2). Only the
-- statement that drops a primary key differs between H2 and PostgreSQL, so this file is written once per vendor.

alter table data_source drop constraint data_source_pkey;
alter table data_source add primary key (source_id, dataset_id);
alter table occupation drop constraint occupation_pkey;
alter table occupation add primary key (code, dataset_id);
alter table task drop constraint task_pkey;
alter table task add primary key (code, task_id, dataset_id);
alter table dwa drop constraint dwa_pkey;
alter table dwa add primary key (dwa_id, dataset_id);
alter table task_dwa drop constraint task_dwa_pkey;
alter table task_dwa add primary key (code, task_id, dwa_id, dataset_id);
alter table element drop constraint element_pkey;
alter table element add primary key (element_id, dataset_id);
alter table scale drop constraint scale_pkey;
alter table scale add primary key (scale_id, dataset_id);
alter table rating drop constraint rating_pkey;
alter table rating add primary key (code, rating_domain, element_id, scale_id, dataset_id);
alter table education_category drop constraint education_category_pkey;
alter table education_category add primary key (element_id, scale_id, category, dataset_id);
alter table job_zone drop constraint job_zone_pkey;
alter table job_zone add primary key (code, dataset_id);
alter table related_occupation drop constraint related_occupation_pkey;
alter table related_occupation add primary key (code, related_code, dataset_id);
alter table bright_outlook drop constraint bright_outlook_pkey;
alter table bright_outlook add primary key (code, category, dataset_id);
alter table wage drop constraint wage_pkey;
alter table wage add primary key (soc_code, area_key, rate_type, wage_year, dataset_id);
alter table projection drop constraint projection_pkey;
alter table projection add primary key (soc_code, area_key, base_year, projected_year, dataset_id);
alter table separations drop constraint separations_pkey;
alter table separations add primary key (soc_code, base_year, projected_year, dataset_id);
alter table industry_employment drop constraint industry_employment_pkey;
alter table industry_employment add primary key (soc_code, base_year, projected_year, industry_code, dataset_id);
alter table education_assignment drop constraint education_assignment_pkey;
alter table education_assignment add primary key (soc_code, dataset_id);
alter table attainment drop constraint attainment_pkey;
alter table attainment add primary key (soc_code, ordinal, dataset_id);
