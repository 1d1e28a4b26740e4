-- the mid-term evaluation today, with what is known now
create view v_midterm_progress as
with progress as (
    select * from midterm_progress(plan_today(), now())
),

final as (
    select * from progress
)

select * from final;

comment on view v_midterm_progress is '中期评估（规划时区今日、现有数据） / Mid-term evaluation as of today in the plan''s zone with the values known now';
comment on column v_midterm_progress.indicator_code is '指标编码 / Indicator code';
comment on column v_midterm_progress.area_code is '区域编码（JA 为全区） / Area code (JA is the district)';
comment on column v_midterm_progress.as_of is '评估日 / Evaluation date';
comment on column v_midterm_progress.cutoff is '数据截止日（不晚于评估日的最近有数报告期末） / End of the latest period with a value, no later than the evaluation date';
comment on column v_midterm_progress.elapsed is '序时进度（0-1） / Share of the plan window elapsed at the cut-off (0-1)';
comment on column v_midterm_progress.baseline is '基期值（考核期开始前最近报告期） / Value of the last period before the window';
comment on column v_midterm_progress.latest is '最新值（新增类为该期增量） / Value at the cut-off (a flow: that period''s increment)';
comment on column v_midterm_progress.cumulative is '考核期累计（新增类） / Accumulated over the window (flows)';
comment on column v_midterm_progress.target is '目标值（区间目标的下限） / Target (lower bound of a range)';
comment on column v_midterm_progress.target_max is '区间目标上限 / Upper bound of a range target';
comment on column v_midterm_progress.comparator is '目标比较方式 / Target comparator (gt, ge, le, between, none)';
comment on column v_midterm_progress.progress is '目标完成进度（未截断） / Progress towards the target, not clamped';
comment on column v_midterm_progress.status is '评估状态 / Status: achieved, ahead, on_track, lagging, above_range, no_data, monitor';
comment on column v_midterm_progress.projected is '按当前进度推算的期末值 / Value projected to the end of the window';
comment on column v_midterm_progress.will_meet is '按推算能否实现目标 / Whether the projection meets the target';
comment on column v_midterm_progress.areas_met is '已达标街镇数（分街镇指标全区行） / Areas meeting the target (district row of a per-area indicator)';
comment on column v_midterm_progress.areas_total is '考核街镇数（分街镇指标全区行） / Areas judged (district row of a per-area indicator)';
comment on column v_midterm_progress.indicator_name is '指标名称 / Indicator name';
comment on column v_midterm_progress.section is '所属篇章 / Plan section';
comment on column v_midterm_progress.kind is '指标类型 / Kind: stock, flow, level, rank';
comment on column v_midterm_progress.unit is '计量单位 / Unit';
comment on column v_midterm_progress.status_zh is '评估状态（中文） / Status in Chinese';
comment on column v_midterm_progress.yoy_change is '同比变化（新增类比较本年累计） / Year-on-year change (flows compare year to date)';
