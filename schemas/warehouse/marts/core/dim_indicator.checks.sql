-- checks of dim_indicator: one row per check, problems = 0 when it holds
with checks as (
    select
        '指标缺少英文名称 / indicators without an English name' as check_name,
        count(*) as problems,
    from dim_indicator
    where name_en is null or trim(name_en) = ''
),

final as (
    select check_name, problems,
    from checks
)

select * from final;
