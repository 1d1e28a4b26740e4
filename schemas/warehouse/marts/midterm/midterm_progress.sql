-- the mid-term evaluation (中期评估) at evaluation date as_of with the values known at
-- known_at: one row per indicator and area. Status precedence: no_data, monitor, achieved,
-- above_range, rank not met (lagging), ahead, on_track, lagging. A per-area indicator
-- gets a district row (JA): areas_met of areas_total (every street and the town, with or
-- without data), progress = areas_met / areas_total, achieved only when all areas meet the
-- target, else judged by pace at the district cutoff (the latest cutoff of its areas);
-- it has no baseline, latest, cumulative or projected figure of its own, hence no will_meet
-- (each area row carries its own).
create macro midterm_progress(as_of, known_at) as table
with settings as (
    select tolerance from rollup_settings
),

areas as (
    select * from int_midterm_area(as_of, known_at)
),

area_rows as (
    select
        areas.indicator_code,
        areas.area_code,
        areas.cutoff,
        areas.elapsed,
        areas.baseline,
        areas.latest,
        areas.cumulative,
        areas.target,
        areas.target_max,
        areas.comparator,
        areas.progress,
        case
            when not areas.has_data then 'no_data'
            when areas.comparator = 'none' then 'monitor'
            when areas.met then 'achieved'
            when areas.above_range then 'above_range'
            when areas.kind = 'rank' then 'lagging'
            else pace_status(areas.progress, areas.elapsed, settings.tolerance)
        end as status,
        areas.projected,
        areas.will_meet,
        null::bigint as areas_met,
        null::bigint as areas_total,
        areas.yoy_change,
    from areas
    cross join settings
),

district_tallies as (
    select
        areas.indicator_code,
        max(areas.cutoff) as cutoff,
        bool_or(areas.has_data) as has_data,
        any_value(areas.target) as target,
        any_value(areas.target_max) as target_max,
        any_value(areas.comparator) as comparator,
        count(*) filter (where areas.met) as areas_met,
        count(*) as areas_total,
    from areas
    where areas.area_code <> 'JA'
    group by areas.indicator_code
),

district_measured as (
    select
        district_tallies.*,
        elapsed_share(
            indicator.window_start, indicator.window_end, district_tallies.cutoff
        ) as elapsed,
        (areas_met / areas_total)::decimal(18, 9) as progress,
    from district_tallies
    inner join dim_indicator as indicator
        on indicator.code = district_tallies.indicator_code
),

district_rows as (
    select
        district_measured.indicator_code,
        'JA' as area_code,
        district_measured.cutoff,
        district_measured.elapsed,
        null::decimal(20, 6) as baseline,
        null::decimal(20, 6) as latest,
        null::decimal(38, 6) as cumulative,
        district_measured.target,
        district_measured.target_max,
        district_measured.comparator,
        district_measured.progress,
        case
            when not district_measured.has_data then 'no_data'
            when district_measured.comparator = 'none' then 'monitor'
            when district_measured.areas_met = district_measured.areas_total
                then 'achieved'
            else pace_status(
                district_measured.progress,
                district_measured.elapsed,
                settings.tolerance
            )
        end as status,
        null::decimal(20, 6) as projected,
        null::boolean as will_meet,
        district_measured.areas_met,
        district_measured.areas_total,
        null::decimal(38, 6) as yoy_change,
    from district_measured
    cross join settings
),

evaluated as (
    select * from area_rows
    union all by name
    select * from district_rows
),

final as (
    select
        evaluated.indicator_code,
        evaluated.area_code,
        as_of::date as as_of,
        evaluated.cutoff,
        evaluated.elapsed,
        evaluated.baseline,
        evaluated.latest,
        evaluated.cumulative,
        evaluated.target,
        evaluated.target_max,
        evaluated.comparator,
        evaluated.progress,
        evaluated.status,
        evaluated.projected,
        evaluated.will_meet,
        evaluated.areas_met,
        evaluated.areas_total,
        indicator.name_zh as indicator_name,
        indicator.section,
        indicator.kind,
        indicator.unit,
        status_zh(evaluated.status) as status_zh,
        evaluated.yoy_change,
    from evaluated
    inner join dim_indicator as indicator
        on indicator.code = evaluated.indicator_code
    order by
        evaluated.indicator_code,
        evaluated.area_code <> 'JA',
        evaluated.area_code
)

select * from final;

comment on macro table midterm_progress is '中期评估（评估日 as_of、知悉时点 known_at） / Mid-term evaluation at as_of with the values known at known_at';
