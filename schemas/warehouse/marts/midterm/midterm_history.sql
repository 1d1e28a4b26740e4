-- the mid-term evaluation at each half-year end (06-30 and 12-31) of the plan window up to
-- as_of, each under the knowledge of that date: versions received by the end of that day in
-- Shanghai, and none received after known_at. One row per evaluation date, indicator and area,
-- with the columns of midterm_progress, so a chart can follow progress over time.
create macro midterm_history(as_of, known_at) as table
with plan_window as (
    select
        min(window_start) as window_start,
        max(window_end) as window_end,
    from dim_indicator
),

-- each half year starts on 01-01 or 07-01; it ends the day before the next one starts
half_year_ends as (
    select
        (next_start - interval 1 day)::date as evaluated_on,
        (next_start::timestamp at time zone 'Asia/Shanghai') - interval 1 microsecond
            as end_of_day,
    from plan_window,
        generate_series(
            date_trunc('year', plan_window.window_start) + interval 6 month,
            plan_window.window_end + interval 1 day,
            interval 6 month
        ) as series(next_start)
),

evaluation_dates as (
    select
        evaluated_on,
        least(end_of_day, known_at::timestamptz) as known_then,
    from half_year_ends
    where evaluated_on <= as_of::date
),

evaluations as (
    select progress.*,
    from evaluation_dates,
        lateral (
            select *
            from midterm_progress(evaluation_dates.evaluated_on, evaluation_dates.known_then)
        ) as progress
),

final as (
    select * from evaluations
    order by as_of, indicator_code, area_code <> 'JA', area_code
)

select * from final;

comment on macro table midterm_history is '各半年末（6月30日、12月31日）的中期评估，各按当日所知数据（评估日 as_of 之前，知悉时点 known_at 之前） / The mid-term evaluation at each half-year end up to as_of, each with what was known that day';
