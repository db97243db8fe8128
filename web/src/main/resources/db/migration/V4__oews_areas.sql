-- OccuCompare local store, version 4: the gazetteer of OEWS areas (metropolitan statistical areas and BLS
-- nonmetropolitan areas) with their states and kind, one row per area and dataset version. Portable SQL.
create table oews_area (
    area_code varchar(7) not null,
    area_name varchar(200) not null,
    states varchar(60) not null,
    area_kind varchar(10) not null,
    dataset_id bigint not null,
    primary key (area_code, dataset_id)
);
