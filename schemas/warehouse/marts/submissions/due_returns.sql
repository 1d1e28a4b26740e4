-- the returns each bureau still owes on as_of: overdue (past their due date) or due within
-- days days, one row per bureau and period, with the indicators not yet received
create macro due_returns(as_of, days) as table
with detail as (
    select * from submission_status_detail(as_of)
),

outstanding as (
    select *
    from detail
    where first_received_at is null
        and (status = 'missing' or due_date <= as_of + days)
),

final as (
    select
        outstanding.bureau_code,
        bureau.name_zh as bureau_name,
        outstanding.period_code,
        outstanding.frequency,
        max(outstanding.due_date) as due_date,
        bool_or(outstanding.status = 'missing') as overdue,
        string_agg(
            outstanding.indicator_code || ' ' || indicator.name_zh, '、'
            order by outstanding.indicator_code
        ) as indicators,
    from outstanding
    left join dim_bureau as bureau
        on bureau.code = outstanding.bureau_code
    left join dim_indicator as indicator
        on indicator.code = outstanding.indicator_code
    group by outstanding.bureau_code, bureau.name_zh, outstanding.period_code, outstanding.frequency
    order by outstanding.bureau_code, max(outstanding.due_date), outstanding.period_code
)

select * from final;

comment on macro table due_returns is '截至 as_of 已逾期或 days 天内到期、尚未报送的报表（每个委办局、报告期一行） / Returns overdue or due within days days on as_of, one row per bureau and period';
