-- reads the live observation files named by the variable observation_files (never a glob); by name, so
-- a column the files and schemas/lake/observations.schema do not share fails the load
insert into lake_observation by name
select *
from read_parquet(getvariable('observation_files'), hive_partitioning = false);
