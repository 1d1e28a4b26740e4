-- Trino (Hive connector): the lake as external tables. Not run by the project's tests (no Trino on the build
-- machine); the columns are those of schemas/lake/*.schema, checked there by LakeSchemaContractTest.
-- Replace the catalog, schema and location (the lake of your data directory, a shared mount or a copy on
-- S3-compatible storage). After a run that adds a year, sync the partitions (the last call of each table).
create table if not exists hive.planwatch.observations (
    indicator_code varchar,
    period_code varchar,
    area_code varchar,
    measure varchar,
    value decimal(20, 6),
    unit varchar,
    bureau_code varchar,
    source_file varchar,
    source_sha256 varchar,
    source_sheet varchar,
    source_cell varchar,
    received_at timestamp(6) with time zone,
    loaded_at timestamp(6) with time zone,
    batch_id varchar,
    year integer
)
with (
    external_location = 'file:///srv/planwatch/data/lake/observations',
    format = 'PARQUET',
    partitioned_by = array['year']
);

call hive.system.sync_partition_metadata('planwatch', 'observations', 'FULL');

create table if not exists hive.planwatch.submissions (
    source_sha256 varchar,
    bureau_code varchar,
    source_file varchar,
    period_code varchar,
    row_count integer,
    received_at timestamp(6) with time zone,
    loaded_at timestamp(6) with time zone,
    batch_id varchar,
    year integer
)
with (
    external_location = 'file:///srv/planwatch/data/lake/submissions',
    format = 'PARQUET',
    partitioned_by = array['year']
);

call hive.system.sync_partition_metadata('planwatch', 'submissions', 'FULL');
