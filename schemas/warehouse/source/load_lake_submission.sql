-- reads the live submission files named by the variable submission_files (never a glob)
insert into lake_submission
select
    source_sha256,
    bureau_code,
    source_file,
    period_code,
    row_count,
    received_at,
    loaded_at,
    batch_id
from read_parquet(getvariable('submission_files'), hive_partitioning = false);
