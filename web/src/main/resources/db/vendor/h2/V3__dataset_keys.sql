-- OccuCompare local store, version 3 on H2: every primary key ends with the dataset version (see V2). Only the
-- statement that drops a primary key differs between H2 and PostgreSQL, so this file is written once per vendor.

alter table data_source drop primary key;
alter table data_source add primary key (source_id, dataset_id);
alter table occupation drop primary key;
alter table occupation add primary key (code, dataset_id);
alter table task drop primary key;
alter table task add primary key (code, task_id, dataset_id);
alter table dwa drop primary key;
alter table dwa add primary key (dwa_id, dataset_id);
alter table task_dwa drop primary key;
alter table task_dwa add primary key (code, task_id, dwa_id, dataset_id);
alter table element drop primary key;
alter table element add primary key (element_id, dataset_id);
alter table scale drop primary key;
alter table scale add primary key (scale_id, dataset_id);
alter table rating drop primary key;
alter table rating add primary key (code, rating_domain, element_id, scale_id, dataset_id);
alter table education_category drop primary key;
alter table education_category add primary key (element_id, scale_id, category, dataset_id);
alter table job_zone drop primary key;
alter table job_zone add primary key (code, dataset_id);
alter table related_occupation drop primary key;
alter table related_occupation add primary key (code, related_code, dataset_id);
alter table bright_outlook drop primary key;
alter table bright_outlook add primary key (code, category, dataset_id);
alter table wage drop primary key;
alter table wage add primary key (soc_code, area_key, rate_type, wage_year, dataset_id);
alter table projection drop primary key;
alter table projection add primary key (soc_code, area_key, base_year, projected_year, dataset_id);
alter table separations drop primary key;
alter table separations add primary key (soc_code, base_year, projected_year, dataset_id);
alter table industry_employment drop primary key;
alter table industry_employment add primary key (soc_code, base_year, projected_year, industry_code, dataset_id);
alter table education_assignment drop primary key;
alter table education_assignment add primary key (soc_code, dataset_id);
alter table attainment drop primary key;
alter table attainment add primary key (soc_code, ordinal, dataset_id);
