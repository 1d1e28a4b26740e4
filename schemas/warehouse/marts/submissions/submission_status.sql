-- returns per bureau and period, as of as_of: received when every indicator it owes for
-- the period came on time, late when all came but some after the due date, missing when
-- any is still outstanding past its due date, else not_due
create macro submission_status(as_of) as table
with detail as (
    select * from submission_status_detail(as_of)
),

per_period as (
    select
        bureau_code,
        period_code,
        frequency,
        any_value(end_date) as end_date,
        max(due_date) as due_date,
        min(first_received_at) as first_received_at,
        count(*) as indicators_due,
        count(first_received_at) as indicators_received,
        case
            when bool_and(status = 'received') then 'received'
            when bool_and(status in ('received', 'late')) then 'late'
            when bool_or(status = 'missing') then 'missing'
            else 'not_due'
        end as status,
    from detail
    group by bureau_code, period_code, frequency
),

final as (
    select
        per_period.bureau_code,
        bureau.name_zh as bureau_name,
        per_period.period_code,
        per_period.frequency,
        per_period.end_date,
        per_period.due_date,
        per_period.status,
        case per_period.status
            when 'received' then '已按时报送'
            when 'late' then '逾期报送'
            when 'missing' then '逾期未报'
            when 'not_due' then '未到报送期限'
        end as status_zh,
        per_period.first_received_at,
        per_period.indicators_due,
        per_period.indicators_received,
        as_of::date as as_of,
    from per_period
    left join dim_bureau as bureau
        on bureau.code = per_period.bureau_code
    order by per_period.bureau_code, per_period.end_date, per_period.frequency
)

select * from final;

comment on macro table submission_status is '各委办局各期报表报送情况（截至 as_of） / Returns per bureau and period: received, late, missing or not due';
