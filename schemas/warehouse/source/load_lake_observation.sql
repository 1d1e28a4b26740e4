-- reads the live observation files named by the variable observation_files (never a glob)
insert into lake_observation
select
    indicator_code,
    period_code,
    area_code,
    measure,
    value,
    unit,
    bureau_code,
    source_file,
    source_sha256,
    source_sheet,
    source_cell,
    received_at,
    loaded_at,
    batch_id
from read_parquet(getvariable('observation_files'), hive_partitioning = false);
