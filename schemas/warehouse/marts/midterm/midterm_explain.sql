-- where one figure comes from: the observations behind an indicator in one area at as_of,
-- as known at known_at; the district row (JA) of a per-area indicator lists every area's
create macro midterm_explain(explained_indicator, explained_area, as_of, known_at) as table
with lineage as (
    select * from midterm_lineage(as_of, known_at)
),

final as (
    select lineage.*
    from lineage
    inner join dim_indicator as indicator
        on indicator.code = lineage.indicator_code
    where lineage.indicator_code = explained_indicator
        and (
            lineage.area_code = explained_area
            or (explained_area = 'JA' and indicator.per_area)
        )
    order by
        lineage.area_code <> 'JA',
        lineage.area_code,
        lineage.end_date,
        lineage.measure
)

select * from final;

comment on macro table midterm_explain is '某指标某区域中期评估的数据来源（指标编码、区域编码、评估日、知悉时点） / The observations behind one indicator in one area at as_of, known at known_at';
