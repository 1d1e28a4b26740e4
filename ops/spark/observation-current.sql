-- Spark SQL: current values, the rows of the warehouse's fact_observation (after observation-history.sql).
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
    loaded_at
from planwatch_observation_history
where is_current;
