-- checks of meta_build: the file was built from the lake version the variable lake_version names
with checks as (
    select
        'meta_build 记录的数据湖版本与当前不符 / built from another lake version' as check_name,
        count(*) as problems,
    from meta_build
    where lake_version <> getvariable('lake_version')
),

final as (
    select check_name, problems,
    from checks
)

select * from final;
