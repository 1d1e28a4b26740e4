-- the section roll-up today, with what is known now
create view v_section_summary as
with summary as (
    select * from section_summary(plan_today(), now())
),

final as (
    select * from summary
)

select * from final;

comment on view v_section_summary is '分篇章中期评估汇总（规划时区今日） / Mid-term evaluation per plan section, as of today in the plan''s zone';
comment on column v_section_summary.section is '篇章编码 / Section code';
comment on column v_section_summary.section_name is '篇章名称 / Section name';
comment on column v_section_summary.as_of is '评估日 / Evaluation date';
comment on column v_section_summary.indicators is '指标数 / Indicators in the section';
comment on column v_section_summary.achieved is '已实现 / Achieved';
comment on column v_section_summary.ahead is '快于预期 / Ahead of schedule';
comment on column v_section_summary.on_track is '基本符合预期 / On track';
comment on column v_section_summary.lagging is '滞后于预期 / Lagging';
comment on column v_section_summary.above_range is '超出区间 / Above the target range';
comment on column v_section_summary.monitor is '监测 / Monitored only';
comment on column v_section_summary.no_data is '无数据 / No data';
comment on column v_section_summary.will_meet is '按推算能实现目标 / Projected to meet the target';
