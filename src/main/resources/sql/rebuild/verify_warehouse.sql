-- checks of a freshly built warehouse on its own: one row per check, problems = 0 when it holds.
-- ${lake_version} is the lake version it must have been built from.
with checks as (
    select
        'meta_build 记录的数据湖版本与当前不符 / built from another lake version' as check_name,
        count(*) as problems,
    from meta_build
    where lake_version <> ${lake_version}

    union all

    select
        'fact_observation 主键重复 / duplicate keys in fact_observation' as check_name,
        count(*) as problems,
    from (
        select indicator_code, period_code, area_code, measure,
        from fact_observation
        group by indicator_code, period_code, area_code, measure
        having count(*) > 1
    )

    union all

    select
        'fact_observation 与当前版本不一致 / current values differ from the current versions' as check_name,
        (select count(*) from fact_observation)
            - (select count(*) from fact_observation_history where is_current) as problems,
),

final as (
    select check_name, abs(problems) as problems,
    from checks
)

select * from final;
