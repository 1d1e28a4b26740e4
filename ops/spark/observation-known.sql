-- Spark SQL: the values as they were known at :known_at (a timestamp parameter), the rows of the warehouse's
-- int_observation_known(known_at): per key, the latest version received on or before it
-- (after observation-history.sql).
select
    indicator_code,
    period_code,
    area_code,
    measure,
    value,
    unit,
    bureau_code,
    source_file,
    source_sha256,
    source_sheet,
    source_cell,
    received_at,
    loaded_at,
    batch_id,
    version,
    valid_from,
    valid_to,
    is_current
from (
    select
        *,
        row_number() over (
            partition by indicator_code, period_code, area_code, measure
            order by version desc
        ) as newest
    from planwatch_observation_history
    where received_at <= :known_at
)
where newest = 1;
