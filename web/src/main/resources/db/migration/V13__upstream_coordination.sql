-- OccuCompare local store, version 13: what app instances sharing one store need to share about the live source
-- (CareerOneStop). Portable SQL (H2 2.x and PostgreSQL 15). Neither table is versioned with the dataset: nothing here
-- is imported.

-- one row per occupation × place being fetched right now: the instance that inserted it fetches, the others wait
-- for its answer in cache_entry. A row past expires_at belongs to an instance that died and may be taken over.
create table upstream_lease (
    source varchar(80) not null,
    occupation_key varchar(320) not null,
    location_key varchar(60) not null,
    holder varchar(80) not null,
    expires_at timestamp with time zone not null,
    primary key (source, occupation_key, location_key)
);

-- one row per live source: the rate limit every instance keeps to, as a generic cell rate algorithm. next_at is the
-- theoretical arrival time of the next request; each request moves it on by 1 / rate. Updated under a row lock.
create table upstream_rate (
    source varchar(80) not null primary key,
    next_at timestamp with time zone not null
);
