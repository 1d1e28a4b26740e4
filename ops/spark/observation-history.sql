-- Spark SQL: every version of every value, the rows of the warehouse's fact_observation_history, from the
-- lake alone (the rule of schemas/warehouse/intermediate/int_observation_version.sql): the same file read into
-- the lake twice is one version, the first one loaded; versions ordered by received_at, then loaded_at.
create or replace temporary view planwatch_observation_history as
with staged as (
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
        batch_id
    from planwatch_observations
),

deduplicated as (
    select * from (
        select
            *,
            row_number() over (
                partition by indicator_code, period_code, area_code, measure, source_sha256
                order by loaded_at, batch_id
            ) as copy
        from staged
    )
    where copy = 1
),

versioned as (
    select
        *,
        row_number() over key_versions as version,
        lead(received_at) over key_versions as next_received_at
    from deduplicated
    window key_versions as (
        partition by indicator_code, period_code, area_code, measure
        order by received_at, loaded_at, source_sha256
    )
)

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
    batch_id,
    cast(version as int) as version,
    received_at as valid_from,
    next_received_at as valid_to,
    next_received_at is null as is_current
from versioned;
