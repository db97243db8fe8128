-- OccuCompare local store, version 10 on PostgreSQL: the similarity index of each dataset version, built from the
-- version's occupations by the import that writes it, in the same transaction, so that one-shot commands and new server
-- processes read it instead of rebuilding it (see PreparedSimilarity). Derived data: never carried over to the next
-- version, pruned with its own. Only the binary type differs from H2 (bytea here, large objects there).
create table similarity_index (
    importance_cosines bytea not null,
    pair_index bytea not null,
    dataset_id bigint not null,
    primary key (dataset_id)
);
