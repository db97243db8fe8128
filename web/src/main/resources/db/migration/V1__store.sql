-- OccuCompare local store, version 1: the whole occupation model, from the official bulk files and from the
-- CareerOneStop cache. Portable SQL: H2 2.x and PostgreSQL run it unchanged. Column names avoid reserved words
-- (VALUE, YEAR, KEY, DOMAIN ...). Employment is in jobs, wages in US dollars.

-- which data the store holds: 'dataset' = sample | import, 'label' = a one-line description
create table store_info (
    info_key varchar(60) not null primary key,
    info_text varchar(1000) not null
);

-- one row per imported data set (O*NET release, OEWS year, projection round), with its citation
create table data_source (
    source_id varchar(80) not null primary key,
    source_kind varchar(30) not null,
    name varchar(200) not null,
    vintage varchar(60) not null,
    url varchar(500),
    citation varchar(1000),
    files varchar(4000) not null,
    row_count bigint not null,
    imported_at timestamp with time zone not null
);

-- O*NET-SOC occupations; inherits_soc = wages and projections are the 6-digit SOC's, not the occupation's own
create table occupation (
    code varchar(10) not null primary key,
    soc_code varchar(7) not null,
    title varchar(300) not null,
    title_lower varchar(300) not null,
    description varchar(4000) not null,
    inherits_soc boolean not null
);
create index occupation_soc on occupation (soc_code);
create index occupation_title_lower on occupation (title_lower);

create table alternate_title (
    code varchar(10) not null,
    title varchar(500) not null,
    title_lower varchar(500) not null,
    short_title varchar(200)
);
create index alternate_title_code on alternate_title (code);
create index alternate_title_lower on alternate_title (title_lower);

create table task (
    code varchar(10) not null,
    task_id bigint not null,
    statement varchar(2000) not null,
    task_type varchar(20),
    primary key (code, task_id)
);

-- detailed work activities and the tasks they belong to
create table dwa (
    dwa_id varchar(30) not null primary key,
    iwa_id varchar(30) not null,
    element_id varchar(30) not null,
    title varchar(500) not null
);

create table task_dwa (
    code varchar(10) not null,
    task_id bigint not null,
    dwa_id varchar(30) not null,
    primary key (code, task_id, dwa_id)
);

-- content-model elements (skills, knowledge, abilities, interests, work values ...) and rating scales
create table element (
    element_id varchar(30) not null primary key,
    name varchar(200) not null,
    description varchar(2000)
);

create table scale (
    scale_id varchar(10) not null primary key,
    name varchar(100) not null,
    scale_min double precision not null,
    scale_max double precision not null
);

-- every rating of an element for an occupation on a scale: importance IM and level LV of skills, knowledge and
-- abilities; OI scores and IH high points of interests; EX extents and VH high points of work values
create table rating (
    rating_domain varchar(12) not null,
    code varchar(10) not null,
    element_id varchar(30) not null,
    scale_id varchar(10) not null,
    data_value double precision not null,
    sample_size integer,
    recommend_suppress boolean not null,
    not_relevant boolean,
    primary key (code, rating_domain, element_id, scale_id)
);
create index rating_domain_element on rating (rating_domain, element_id);

create table education_category (
    element_id varchar(30) not null,
    scale_id varchar(10) not null,
    category integer not null,
    description varchar(500) not null,
    primary key (element_id, scale_id, category)
);

create table education_rating (
    code varchar(10) not null,
    element_id varchar(30) not null,
    scale_id varchar(10) not null,
    category integer,
    data_value double precision not null
);
create index education_rating_code on education_rating (code);

create table job_zone (
    code varchar(10) not null primary key,
    job_zone integer not null
);

create table related_occupation (
    code varchar(10) not null,
    related_code varchar(10) not null,
    tier varchar(30),
    rank_index integer,
    primary key (code, related_code)
);

-- tools (kind TOOL) and technology (kind TECHNOLOGY), grouped by UNSPSC commodity
create table technology (
    code varchar(10) not null,
    kind varchar(10) not null,
    example varchar(500) not null,
    commodity_code varchar(10) not null,
    commodity_title varchar(300) not null,
    hot_technology boolean not null,
    in_demand boolean not null
);
create index technology_code on technology (code);

create table bright_outlook (
    code varchar(10) not null,
    category varchar(100) not null,
    primary key (code, category)
);

-- OEWS estimates per SOC, area (US, state postal code, area:NNNNNNN), rate type and May reference year.
-- Each figure is dollars plus a kind: F figure, T top-coded (dollars = the bound), N not available, S suppressed.
create table wage (
    soc_code varchar(7) not null,
    soc_title varchar(300) not null,
    area_key varchar(20) not null,
    area_name varchar(200) not null,
    rate_type varchar(6) not null,
    wage_year integer not null,
    employment bigint,
    p10_usd double precision,
    p10_kind char(1) not null,
    p25_usd double precision,
    p25_kind char(1) not null,
    median_usd double precision,
    median_kind char(1) not null,
    p75_usd double precision,
    p75_kind char(1) not null,
    p90_usd double precision,
    p90_kind char(1) not null,
    mean_usd double precision,
    mean_kind char(1) not null,
    primary key (soc_code, area_key, rate_type, wage_year)
);

-- projections per SOC, area (US or state) and round; employment_counts ALL_JOBS (BLS) or PRIMARY_JOBS (states)
create table projection (
    soc_code varchar(7) not null,
    title varchar(300) not null,
    area_key varchar(20) not null,
    area_name varchar(200) not null,
    base_year integer not null,
    projected_year integer not null,
    employment_counts varchar(12) not null,
    base_jobs bigint,
    projected_jobs bigint,
    change_jobs bigint,
    percent_change double precision,
    annual_openings bigint,
    primary key (soc_code, area_key, base_year, projected_year)
);

create table separations (
    soc_code varchar(7) not null,
    base_year integer not null,
    projected_year integer not null,
    exit_rate double precision,
    transfer_rate double precision,
    separations_rate double precision,
    exits bigint,
    transfers bigint,
    separations bigint,
    openings bigint,
    primary key (soc_code, base_year, projected_year)
);

create table industry_employment (
    soc_code varchar(7) not null,
    base_year integer not null,
    projected_year integer not null,
    industry_code varchar(20) not null,
    industry_title varchar(300) not null,
    iag_code varchar(20),
    share_pct double precision,
    base_jobs bigint,
    projected_jobs bigint,
    change_jobs bigint,
    percent_change double precision,
    primary key (soc_code, base_year, projected_year, industry_code)
);

-- BLS education and training assignments (EP table 5.4) and attainment of current workers (table 5.3)
create table education_assignment (
    soc_code varchar(7) not null primary key,
    title varchar(300) not null,
    entry_education varchar(100),
    work_experience varchar(100),
    on_the_job_training varchar(100)
);

create table attainment (
    soc_code varchar(7) not null,
    ordinal integer not null,
    level_name varchar(100) not null,
    share_pct double precision,
    primary key (soc_code, ordinal)
);

-- read-through cache: raw upstream responses and the occupations built from them, with their fetch time
create table upstream_response (
    source varchar(40) not null,
    request_key varchar(300) not null,
    fetched_at timestamp with time zone not null,
    status integer not null,
    body varchar(1000000) not null,
    primary key (source, request_key)
);

-- occupation_key: an O*NET code, or 'title:' and the lower-case title asked for
create table cache_entry (
    source varchar(80) not null,
    occupation_key varchar(320) not null,
    location_key varchar(60) not null,
    fetched_at timestamp with time zone not null,
    payload varchar(1000000) not null,
    primary key (source, occupation_key, location_key)
);
