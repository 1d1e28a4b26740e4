-- the current value of each key (indicator, period, area, measure): its newest version, by the
-- rule of int_observation_version
create temp view int_observation_current as
with versions as (
    select * from int_observation_version
),

final as (
    select
        indicator_code,
        period_code,
        area_code,
        measure,
        value,
    from versions
    where is_current
)

select * from final;
