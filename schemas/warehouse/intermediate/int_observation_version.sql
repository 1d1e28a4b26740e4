-- every version of each key (indicator, period, area, measure), oldest first.
-- "newest" means latest received_at, then latest loaded_at; the same file read into the
-- lake twice (same key, same sha256) is one version, the first one loaded.
create temp table int_observation_version as
with staged as (
    select * from stg_observation
),

deduplicated as (
    select *
    from staged
    qualify row_number() over (
        partition by
            indicator_code, period_code, area_code, measure, source_sha256
        order by loaded_at, batch_id
    ) = 1
),

versioned as (
    select
        *,
        row_number() over key_versions as version,
        lead(received_at) over key_versions as next_received_at,
    from deduplicated
    window key_versions as (
        partition by indicator_code, period_code, area_code, measure
        order by received_at, loaded_at, source_sha256
    )
),

final as (
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
        version::integer as version,
        received_at as valid_from,
        next_received_at as valid_to,
        next_received_at is null as is_current,
    from versioned
)

select * from final;
