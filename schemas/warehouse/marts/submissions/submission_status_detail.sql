-- which returns each bureau owes for each of its indicators, per period of the
-- indicator's frequency: from the period containing window_start on, up to the period
-- containing as_of (and no later than the window). Baseline periods are never due.
-- due_date = period end + due_days. A return counts when a value for the indicator and
-- period was received (Shanghai date) on or before as_of:
--   received  first received on or before due_date
--   late      first received after due_date
--   missing   nothing received and due_date has passed
--   not_due   nothing received yet and due_date not passed
create macro submission_status_detail(as_of) as table
with owed as (
    select
        indicator.owner as bureau_code,
        indicator.code as indicator_code,
        period.code as period_code,
        period.frequency,
        period.start_date,
        period.end_date,
        period.end_date + indicator.due_days as due_date,
    from dim_indicator as indicator
    inner join dim_period as period
        on period.frequency = indicator.frequency
        and period.end_date >= indicator.window_start
        and period.start_date <= least(as_of::date, indicator.window_end)
),

receipts as (
    select
        indicator_code,
        period_code,
        min(received_at) as first_received_at,
    from fact_observation_history
    where (received_at at time zone 'Asia/Shanghai')::date <= as_of::date
    group by indicator_code, period_code
),

final as (
    select
        owed.bureau_code,
        owed.indicator_code,
        owed.period_code,
        owed.frequency,
        owed.start_date,
        owed.end_date,
        owed.due_date,
        receipts.first_received_at,
        case
            when receipts.first_received_at is not null
                and (receipts.first_received_at at time zone 'Asia/Shanghai')::date
                    <= owed.due_date
                then 'received'
            when receipts.first_received_at is not null then 'late'
            when as_of::date > owed.due_date then 'missing'
            else 'not_due'
        end as status,
    from owed
    left join receipts
        on receipts.indicator_code = owed.indicator_code
        and receipts.period_code = owed.period_code
    order by owed.bureau_code, owed.end_date, owed.indicator_code
)

select * from final;

comment on macro table submission_status_detail is '各委办局各指标各期报送情况（截至 as_of） / Returns owed per bureau, indicator and period, as of as_of';
