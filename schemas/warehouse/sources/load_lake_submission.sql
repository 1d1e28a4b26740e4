-- reads the live submission files named by the variable submission_files (never a glob); by name, so
-- a column the files and schemas/lake/submissions.schema do not share fails the load
insert into lake_submission by name
select *
from read_parquet(getvariable('submission_files'), hive_partitioning = false);
