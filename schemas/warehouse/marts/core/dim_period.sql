-- every annual, quarterly and monthly period from 2015 to 2035, with SDMX-style codes
create table dim_period as
with years as (
    select range::integer as year from range(2015, 2036)
),

annual as (
    select
        year::varchar as code,
        'annual' as frequency,
        make_date(year, 1, 1) as start_date,
        make_date(year, 12, 31) as end_date,
        year,
        1 as period_index,
    from years
),

quarterly as (
    select
        year || '-Q' || quarter as code,
        'quarterly' as frequency,
        make_date(year, quarter * 3 - 2, 1) as start_date,
        last_day(make_date(year, quarter * 3, 1)) as end_date,
        year,
        quarter as period_index,
    from years
    cross join (select range::integer as quarter from range(1, 5)) as quarters
),

monthly as (
    select
        year || '-M' || lpad(month::varchar, 2, '0') as code,
        'monthly' as frequency,
        make_date(year, month, 1) as start_date,
        last_day(make_date(year, month, 1)) as end_date,
        year,
        month as period_index,
    from years
    cross join (select range::integer as month from range(1, 13)) as months
),

final as (
    select * from annual
    union all
    select * from quarterly
    union all
    select * from monthly
    order by end_date, start_date desc
)

select * from final;

comment on table dim_period is '报告期（2015-2035 年、季、月） / Reporting periods, 2015-2035';
comment on column dim_period.code is '报告期编码（2024、2024-Q3、2024-M09） / Period code';
comment on column dim_period.frequency is '频率：annual、quarterly、monthly / Frequency';
comment on column dim_period.start_date is '起始日 / First day';
comment on column dim_period.end_date is '截止日 / Last day';
comment on column dim_period.year is '年份 / Calendar year';
comment on column dim_period.period_index is '年内序号（季度或月份，年度为 1） / Quarter or month within the year (1 for a year)';
