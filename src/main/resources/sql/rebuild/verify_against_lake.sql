-- checks of the warehouse against the lake's live Parquet files: every key and file the lake holds is in
-- the warehouse. ${observation_files} and ${submission_files} are lists of the live files.
with lake_keys as (
    select distinct
        trim(indicator_code) as indicator_code,
        trim(period_code) as period_code,
        trim(area_code) as area_code,
        trim(measure) as measure,
        lower(source_sha256) as source_sha256,
    from read_parquet(${observation_files}, hive_partitioning = false)
),

lake_files as (
    select distinct lower(source_sha256) as source_sha256,
    from read_parquet(${submission_files}, hive_partitioning = false)
),

checks as (
    select
        '数据湖中的数值未进入数仓 / lake values missing from fact_observation_history' as check_name,
        count(*) as problems,
    from (
        select * from lake_keys
        except
        select indicator_code, period_code, area_code, measure, source_sha256,
        from fact_observation_history
    )

    union all

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
