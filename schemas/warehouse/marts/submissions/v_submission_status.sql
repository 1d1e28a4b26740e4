-- returns per bureau and period, as of today in the plan's zone
create view v_submission_status as
with status as (
    select * from submission_status(plan_today())
),

final as (
    select * from status
)

select * from final;

comment on view v_submission_status is '各委办局各期报表报送情况（规划时区今日） / Returns per bureau and period, as of today in the plan''s zone';
comment on column v_submission_status.bureau_code is '委办局编码 / Bureau code';
comment on column v_submission_status.bureau_name is '委办局名称 / Bureau name';
comment on column v_submission_status.period_code is '报告期编码 / Period code';
comment on column v_submission_status.frequency is '频率 / Frequency';
comment on column v_submission_status.end_date is '报告期截止日 / Last day of the period';
comment on column v_submission_status.due_date is '报送截止日（期末加报送期限） / Due date: period end plus due days';
comment on column v_submission_status.status is '报送状态：received、late、missing、not_due / Status';
comment on column v_submission_status.status_zh is '报送状态（中文） / Status in Chinese';
comment on column v_submission_status.first_received_at is '首次收到时间（UTC） / First received (UTC)';
comment on column v_submission_status.indicators_due is '应报指标数 / Indicators owed for the period';
comment on column v_submission_status.indicators_received is '已报指标数 / Indicators received for the period';
comment on column v_submission_status.as_of is '统计日 / Date of the status';
