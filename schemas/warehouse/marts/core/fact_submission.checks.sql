-- checks of fact_submission: one row per check, problems = 0 when it holds
with lake_files as (
    select distinct lower(source_sha256) as source_sha256,
    from lake_submission
),

checks as (
    select
        '数据湖中的报表未进入数仓 / lake files missing from fact_submission' as check_name,
        count(*) as problems,
    from (
        select * from lake_files
        except
        select source_sha256 from fact_submission
    )
),

final as (
    select check_name, problems,
    from checks
)

select * from final;
