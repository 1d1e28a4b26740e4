-- the values as they were known at known_at: for each key, the latest version received
-- on or before known_at (a report issued then is reproduced whatever was revised later)
create macro int_observation_known(known_at) as table
with versions as (
    select *
    from fact_observation_history
    where received_at <= known_at::timestamptz
),

final as (
    select *
    from versions
    qualify row_number() over (
        partition by indicator_code, period_code, area_code, measure
        order by version desc
    ) = 1
)

select * from final;

comment on macro table int_observation_known is '某一知悉时点的数值（每键取该时点前最新收到的版本） / Values as known at known_at';
