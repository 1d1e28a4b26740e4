-- staging: the lake's observations, codes trimmed, one row per row of the lake
create temp table stg_observation as
with source as (
    select * from lake_observation
),

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
        batch_id,
    from source
)

select * from final;
