-- checks of fact_observation: one row per check, problems = 0 when it holds
with lake_keys as (
    select distinct
        trim(indicator_code) as indicator_code,
        trim(period_code) as period_code,
        trim(area_code) as area_code,
        trim(measure) as measure,
        lower(source_sha256) as source_sha256,
    from lake_observation
),

checks as (
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
        'fact_observation 与当前版本不一致 / current values differ from the current versions'
            as check_name,
        abs(
            (select count(*) from fact_observation)
            - (select count(*) from fact_observation_history where is_current)
        ) as problems,

    union all

    select
        '数据湖中的数值未进入数仓 / lake values missing from fact_observation_history'
            as check_name,
        count(*) as problems,
    from (
        select * from lake_keys
        except
        select indicator_code, period_code, area_code, measure, source_sha256,
        from fact_observation_history
    )
),

final as (
    select check_name, problems,
    from checks
)

select * from final;
