-- Current values read from the lake alone, by any engine that reads Parquet: the same rows as the
-- warehouse's fact_observation (its rule for the newest version, schemas/warehouse/intermediate/
-- int_observation_version.sql). DuckDB syntax, run in the data directory; in Spark or Trino read the
-- same glob as an external table and apply the same two window filters.
with observations as (
    select * exclude (year)
    from read_parquet('lake/observations/*/*.parquet', hive_partitioning = true)
),

-- the same file read into the lake twice is one version, the first one loaded
deduplicated as (
    select *
    from observations
    qualify row_number() over (
        partition by indicator_code, period_code, area_code, measure, source_sha256
        order by loaded_at, batch_id
    ) = 1
),

-- the newest version of each key: latest received_at, then latest loaded_at
final as (
    select
        trim(indicator_code) as indicator_code,
        trim(period_code) as period_code,
        trim(area_code) as area_code,
        trim(measure) as measure,
        value,
        unit,
        trim(bureau_code) as bureau_code,
        source_file,
        lower(source_sha256) as source_sha256,
        source_sheet,
        source_cell,
        received_at,
        loaded_at,
    from deduplicated
    qualify row_number() over (
        partition by indicator_code, period_code, area_code, measure
        order by received_at desc, loaded_at desc, source_sha256 desc
    ) = 1
)

select * from final;
