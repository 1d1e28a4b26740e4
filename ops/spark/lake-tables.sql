-- Spark SQL: the lake as external tables, read where planwatch writes it (replace /srv/planwatch/data/lake
-- with the lake of your data directory). Hive-partitioned Parquet (year=YYYY); only committed batches sit in the
-- partitions (README.md, "The lake"). Spark caches a table's file list: run REFRESH TABLE after a run, and
-- MSCK REPAIR TABLE when a new year's partition appears.
create table if not exists planwatch_observations
using parquet
location '/srv/planwatch/data/lake/observations';

msck repair table planwatch_observations;

create table if not exists planwatch_submissions
using parquet
location '/srv/planwatch/data/lake/submissions';

msck repair table planwatch_submissions;
