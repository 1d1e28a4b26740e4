-- the mid-term evaluation of each indicator in each area it is judged in: the district (JA)
-- for most indicators, each street and the town for a per-area one (their district row is
-- added by midterm_progress). Spec section 3, read as follows:
--   * periods after window_end are not the plan's and are left out; periods after as_of too.
--   * cutoff: end of the latest period with a value; no_data when no period ending in
--     [window_start, as_of] has a value, its cutoff then being the last period it has.
--   * baseline: the value of the latest period ending on or before window_start - 1 day.
--   * latest: the value at the cutoff (for a flow, that period's increment).
--   * cumulative (flow): the sum of each window year's year to date at its latest period.
--     (every window of the catalog starts on 1 January, so window years are whole years)
--   * progress: flow cumulative / target; stock and level (latest - baseline) / (target -
--     baseline) with a baseline that differs from the target, else latest / target;
--     between uses its lower bound; rank and none have none, nor has no_data.
--   * projected: flow cumulative / elapsed; stock and level with a baseline baseline +
--     (latest - baseline) / elapsed, dividing by the exact ratio of days (not the rounded
--     elapsed). The spec defines no projection for a stock or level without a baseline, nor
--     for a rank: they have none, and so no will_meet. Nothing is projected at elapsed 0.
--     will_meet is the target condition on projected (null for comparator none).
--   * yoy_change: flow, year to date at the cutoff minus the previous year's year to date
--     at the same point; others, latest minus the same period of the previous year.
create macro int_midterm_area(as_of, known_at) as table
with indicators as (
    select * from dim_indicator
),

units as (
    select
        indicators.code as indicator_code,
        area.code as area_code,
    from indicators
    inner join dim_area as area
        on (indicators.per_area and area.kind <> 'district')
        or (not indicators.per_area and area.kind = 'district')
),

period_values as (
    select * from int_period_value(as_of, known_at)
),

plan_values as (
    select period_values.*
    from period_values
    inner join indicators
        on indicators.code = period_values.indicator_code
    where period_values.end_date <= indicators.window_end
),

cutoffs as (
    select
        units.indicator_code,
        units.area_code,
        max(plan_values.end_date) as cutoff,
        count(plan_values.end_date)
            filter (where plan_values.end_date >= indicators.window_start)
            > 0 as has_data,
    from units
    inner join indicators
        on indicators.code = units.indicator_code
    left join plan_values
        on plan_values.indicator_code = units.indicator_code
        and plan_values.area_code = units.area_code
    group by units.indicator_code, units.area_code
),

latest_values as (
    select
        cutoffs.indicator_code,
        cutoffs.area_code,
        plan_values.value as latest,
        plan_values.year_to_date as latest_year_to_date,
        plan_values.period_index as cutoff_period_index,
    from cutoffs
    inner join plan_values
        on plan_values.indicator_code = cutoffs.indicator_code
        and plan_values.area_code = cutoffs.area_code
        and plan_values.end_date = cutoffs.cutoff
),

baselines as (
    select
        plan_values.indicator_code,
        plan_values.area_code,
        arg_max(plan_values.value, plan_values.end_date) as baseline,
    from plan_values
    inner join indicators
        on indicators.code = plan_values.indicator_code
    where plan_values.end_date <= indicators.window_start - 1
    group by plan_values.indicator_code, plan_values.area_code
),

year_totals as (
    select
        plan_values.indicator_code,
        plan_values.area_code,
        plan_values.year,
        arg_max(plan_values.year_to_date, plan_values.end_date) as year_total,
    from plan_values
    inner join indicators
        on indicators.code = plan_values.indicator_code
    where plan_values.end_date >= indicators.window_start
    group by plan_values.indicator_code, plan_values.area_code, plan_values.year
),

cumulatives as (
    select
        indicator_code,
        area_code,
        sum(year_total) as cumulative,
    from year_totals
    group by indicator_code, area_code
),

year_before as (
    select
        latest_values.indicator_code,
        latest_values.area_code,
        arg_max(period_values.year_to_date, period_values.end_date)
            as year_to_date_before,
        max(period_values.value) filter (
            where period_values.period_index = latest_values.cutoff_period_index
        ) as value_before,
    from latest_values
    inner join cutoffs
        on cutoffs.indicator_code = latest_values.indicator_code
        and cutoffs.area_code = latest_values.area_code
    inner join period_values
        on period_values.indicator_code = latest_values.indicator_code
        and period_values.area_code = latest_values.area_code
        and period_values.year = year(cutoffs.cutoff) - 1
        and period_values.end_date <= (cutoffs.cutoff - interval 1 year)::date
    group by latest_values.indicator_code, latest_values.area_code
),

measured as (
    select
        cutoffs.indicator_code,
        cutoffs.area_code,
        cutoffs.cutoff,
        cutoffs.has_data,
        indicators.kind,
        indicators.comparator,
        indicators.target,
        indicators.target_max,
        baselines.baseline,
        latest_values.latest,
        case
            when indicators.kind = 'flow' and cutoffs.has_data
                then cumulatives.cumulative
        end as cumulative,
        elapsed_share(
            indicators.window_start, indicators.window_end, cutoffs.cutoff
        ) as elapsed,
        elapsed_days(indicators.window_start, cutoffs.cutoff) as elapsed_days,
        elapsed_days(indicators.window_start, indicators.window_end) as window_days,
        case
            when indicators.kind = 'flow'
                then latest_values.latest_year_to_date
                    - year_before.year_to_date_before
            else latest_values.latest - year_before.value_before
        end as yoy_change,
    from cutoffs
    inner join indicators
        on indicators.code = cutoffs.indicator_code
    left join latest_values
        on latest_values.indicator_code = cutoffs.indicator_code
        and latest_values.area_code = cutoffs.area_code
    left join baselines
        on baselines.indicator_code = cutoffs.indicator_code
        and baselines.area_code = cutoffs.area_code
    left join cumulatives
        on cumulatives.indicator_code = cutoffs.indicator_code
        and cumulatives.area_code = cutoffs.area_code
    left join year_before
        on year_before.indicator_code = cutoffs.indicator_code
        and year_before.area_code = cutoffs.area_code
),

judged as (
    select
        *,
        case when kind = 'flow' then cumulative else latest end as judged_value,
        case
            when not has_data or comparator = 'none' or kind = 'rank' then null
            when kind = 'flow' then cumulative / nullif(target, 0)
            when baseline is not null and baseline <> target
                then (latest - baseline) / (target - baseline)
            else latest / nullif(target, 0)
        end::decimal(18, 9) as progress,
        case
            when not has_data or elapsed = 0 then null
            when kind = 'flow'
                then cumulative * window_days / least(elapsed_days, window_days)
            when kind in ('stock', 'level') and baseline is not null
                then baseline + (latest - baseline) * window_days
                    / least(elapsed_days, window_days)
        end::decimal(20, 6) as projected,
    from measured
),

final as (
    select
        indicator_code,
        area_code,
        cutoff,
        has_data,
        elapsed,
        baseline,
        latest,
        cumulative,
        target,
        target_max,
        comparator,
        kind,
        progress,
        coalesce(meets_target(judged_value, comparator, target, target_max), false)
            as met,
        comparator = 'between' and judged_value > target_max as above_range,
        projected,
        meets_target(projected, comparator, target, target_max) as will_meet,
        yoy_change,
    from judged
)

select * from final;

comment on macro table int_midterm_area is '各指标在各考核区域的中期评估（不含分街镇指标的全区汇总行） / Mid-term evaluation per indicator and judged area';
