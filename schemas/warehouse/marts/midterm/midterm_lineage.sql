-- where each figure of the mid-term evaluation comes from: every observation known at
-- known_at for a period ending on or before as_of, with the figures it counts for.
-- The reads follow int_period_value and int_midterm_area exactly:
--   * baseline and latest read the value of one period (the baseline period, the cut-off):
--     its 本期值, else its YTD; for a flow, that period's increment: its 本期值, else the
--     growth of the year to date, which reads the period's YTD and the year to date of the
--     previous reported period of the year.
--   * cumulative (flow) reads the year to date of each window year at its latest period.
--   * the year to date at p reads the YTD that starts p's segment of the year (if any) and
--     the 本期值 of the periods after it up to p.
create macro midterm_lineage(as_of, known_at) as table
with indicators as (
    select * from dim_indicator
),

plan_values as (
    select
        period_values.*,
        indicators.window_start,
        lag(period_values.end_date) over (
            partition by
                period_values.indicator_code,
                period_values.area_code,
                period_values.year
            order by period_values.end_date
        ) as previous_end_date,
    from int_period_value(as_of, known_at) as period_values
    inner join indicators
        on indicators.code = period_values.indicator_code
    where period_values.end_date <= indicators.window_end
),

figure_periods as (
    select
        indicator_code,
        area_code,
        'baseline' as figure,
        max(end_date) as end_date,
    from plan_values
    where end_date <= window_start - 1
    group by indicator_code, area_code
    union all
    select
        indicator_code,
        area_code,
        'latest' as figure,
        max(end_date) as end_date,
    from plan_values
    group by indicator_code, area_code
),

figure_rows as (
    select
        figure_periods.figure,
        plan_values.*,
    from figure_periods
    inner join plan_values
        on plan_values.indicator_code = figure_periods.indicator_code
        and plan_values.area_code = figure_periods.area_code
        and plan_values.end_date = figure_periods.end_date
),

value_reads as (
    select
        indicator_code,
        area_code,
        figure,
        period_code,
        case when period_value is not null then 'period' else 'ytd' end as measure,
    from figure_rows
    where kind <> 'flow' or period_value is not null
),

year_to_date_points as (
    select indicator_code, area_code, figure, end_date,
    from figure_rows
    where kind = 'flow' and period_value is null
    union all
    select indicator_code, area_code, figure, previous_end_date as end_date,
    from figure_rows
    where kind = 'flow' and period_value is null and previous_end_date is not null
    union all
    select
        indicator_code,
        area_code,
        'cumulative' as figure,
        max(end_date) as end_date,
    from plan_values
    where kind = 'flow' and end_date >= window_start
    group by indicator_code, area_code, year
),

year_to_date_reads as (
    select
        points.indicator_code,
        points.area_code,
        points.figure,
        segment.period_code,
        case when segment.ytd_value is not null then 'ytd' else 'period' end
            as measure,
    from year_to_date_points as points
    inner join plan_values as point
        on point.indicator_code = points.indicator_code
        and point.area_code = points.area_code
        and point.end_date = points.end_date
    inner join plan_values as segment
        on segment.indicator_code = point.indicator_code
        and segment.area_code = point.area_code
        and segment.year = point.year
        and segment.ytd_segment = point.ytd_segment
        and segment.end_date <= point.end_date
),

reads as (
    select
        indicator_code,
        area_code,
        period_code,
        measure,
        bool_or(figure = 'baseline') as counts_for_baseline,
        bool_or(figure = 'latest') as counts_for_latest,
        bool_or(figure = 'cumulative') as counts_for_cumulative,
    from (
        select * from value_reads
        union all
        select * from year_to_date_reads
    )
    group by indicator_code, area_code, period_code, measure
),

known as (
    select known.*, period.end_date,
    from int_observation_known(known_at) as known
    inner join indicators
        on indicators.code = known.indicator_code
    inner join dim_period as period
        on period.code = known.period_code
        and period.frequency = indicators.frequency
    where period.end_date <= as_of::date
),

final as (
    select
        known.indicator_code,
        known.area_code,
        as_of::date as as_of,
        known.period_code,
        known.end_date,
        known.measure,
        known.value,
        known.unit,
        coalesce(reads.counts_for_baseline, false) as counts_for_baseline,
        coalesce(reads.counts_for_latest, false) as counts_for_latest,
        coalesce(reads.counts_for_cumulative, false) as counts_for_cumulative,
        known.bureau_code,
        known.source_file,
        known.source_sheet,
        known.source_cell,
        known.source_sha256,
        known.received_at,
        known.loaded_at,
        known.version,
    from known
    left join reads
        on reads.indicator_code = known.indicator_code
        and reads.area_code = known.area_code
        and reads.period_code = known.period_code
        and reads.measure = known.measure
    order by
        known.indicator_code,
        known.area_code <> 'JA',
        known.area_code,
        known.end_date,
        known.measure
)

select * from final;

comment on macro table midterm_lineage is '中期评估数据来源：每个数值及其用途（基期、最新、累计）与来源文件、工作表、单元格 / The observations behind the mid-term figures, with source file, sheet and cell';
