-- the current value of each key in the live lake: the newest version by received_at, then
-- loaded_at (the same order as fact_observation_history)
with observations as (
    select * from lake_observation
),

final as (
    select
        indicator_code,
        period_code,
        area_code,
        measure,
        value,
    from observations
    qualify row_number() over (
        partition by indicator_code, period_code, area_code, measure
        order by received_at desc, loaded_at desc, source_sha256 desc
    ) = 1
)

select * from final;
