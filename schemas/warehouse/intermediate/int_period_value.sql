-- one row per indicator, area and period ending on or before as_of, as known at known_at,
-- with the year-to-date rule of spec section 3:
--   year_to_date at period p = the YTD of p when reported; else the latest earlier YTD of
--   the year plus the increments of the periods after it up to p; with no YTD at all, the
--   sum of the increments. The YTD that starts a segment resets the running sum.
--   increment = the 本期值 when reported, else the growth of year_to_date since the
--   previous reported period of the year (a missing quarter is covered by the next YTD).
--   value = what is judged: the increment for a flow, else the 本期值 (or the YTD).
--   ytd_segment numbers the stretches of a year that start at a reported YTD (0 before the
--   first), so that year_to_date of p reads the segment's YTD and the 本期值 after it up to p.
create macro int_period_value(as_of, known_at) as table
with known as (
    select * from int_observation_known(known_at)
),

pivoted as (
    select
        indicator_code,
        area_code,
        period_code,
        max(value) filter (where measure = 'period') as period_value,
        max(value) filter (where measure = 'ytd') as ytd_value,
    from known
    group by indicator_code, area_code, period_code
),

dated as (
    select
        pivoted.*,
        indicator.kind,
        period.year,
        period.period_index,
        period.start_date,
        period.end_date,
    from pivoted
    inner join dim_indicator as indicator
        on indicator.code = pivoted.indicator_code
    inner join dim_period as period
        on period.code = pivoted.period_code
        and period.frequency = indicator.frequency
    where period.end_date <= as_of::date
),

segmented as (
    select
        *,
        count(ytd_value) over (
            partition by indicator_code, area_code, year
            order by end_date
            rows between unbounded preceding and current row
        ) as ytd_segment,
    from dated
),

accumulated as (
    select
        *,
        coalesce(first_value(ytd_value) over segment_so_far, 0)
        + sum(
            case when ytd_value is null then coalesce(period_value, 0) else 0 end
        ) over segment_so_far as year_to_date,
    from segmented
    window segment_so_far as (
        partition by indicator_code, area_code, year, ytd_segment
        order by end_date
        rows between unbounded preceding and current row
    )
),

incremented as (
    select
        *,
        coalesce(
            period_value,
            year_to_date - coalesce(lag(year_to_date) over (
                partition by indicator_code, area_code, year
                order by end_date
            ), 0)
        ) as increment,
    from accumulated
),

final as (
    select
        indicator_code,
        area_code,
        period_code,
        kind,
        year,
        period_index,
        start_date,
        end_date,
        period_value,
        ytd_value,
        ytd_segment,
        year_to_date,
        increment,
        case
            when kind = 'flow' then increment
            else coalesce(period_value, ytd_value)
        end as value,
    from incremented
)

select * from final;

comment on macro table int_period_value is '各报告期数值（含本年累计推算） / Period values with the year-to-date rule applied';
