-- the mid-term evaluation per plan section: how many indicators stand in each status,
-- counting the district row (JA) of each indicator
create macro section_summary(as_of, known_at) as table
with progress as (
    select * from midterm_progress(as_of, known_at)
    where area_code = 'JA'
),

counts as (
    select
        section.code as section,
        section.name_zh as section_name,
        count(progress.indicator_code) as indicators,
        count(*) filter (where progress.status = 'achieved') as achieved,
        count(*) filter (where progress.status = 'ahead') as ahead,
        count(*) filter (where progress.status = 'on_track') as on_track,
        count(*) filter (where progress.status = 'lagging') as lagging,
        count(*) filter (where progress.status = 'above_range') as above_range,
        count(*) filter (where progress.status = 'monitor') as monitor,
        count(*) filter (where progress.status = 'no_data') as no_data,
        count(*) filter (where progress.will_meet) as will_meet,
    from dim_section as section
    left join progress
        on progress.section = section.code
    group by section.code, section.name_zh
),

final as (
    select
        section,
        section_name,
        as_of::date as as_of,
        indicators,
        achieved,
        ahead,
        on_track,
        lagging,
        above_range,
        monitor,
        no_data,
        will_meet,
    from counts
    order by section
)

select * from final;

comment on macro table section_summary is '分篇章中期评估汇总（评估日 as_of、知悉时点 known_at） / Mid-term evaluation per plan section';
