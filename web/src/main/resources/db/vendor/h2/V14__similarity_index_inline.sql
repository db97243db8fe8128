-- OccuCompare local store, version 14 on H2: the similarity index kept inline as VARBINARY rather than as large
-- objects. H2 streams a BLOB through its large-object storage, about 25 ms per megabyte with the client compiler a
-- one-shot command runs under (the full import's index is 5.7 MB), and reads a VARBINARY value at once, about five
-- times faster. PostgreSQL's bytea is read at once already: no change there.
alter table similarity_index alter column importance_cosines set data type varbinary(1000000000);
alter table similarity_index alter column pair_index set data type varbinary(1000000000);
