-- staging: the lake's submissions, one row per accepted file
create temp table stg_submission as
with source as (
    select * from lake_submission
),

final as (
    select
        lower(source_sha256) as source_sha256,
        trim(bureau_code) as bureau_code,
        source_file,
        trim(period_code) as period_code,
        row_count,
        received_at,
        loaded_at,
        batch_id,
    from source
)

select * from final;
