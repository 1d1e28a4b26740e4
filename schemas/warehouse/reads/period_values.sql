-- the current values of one period, every indicator, area and measure: the greyed reference
-- column of a bureau's template for the period after it
select
    indicator_code,
    area_code,
    measure,
    value,
from fact_observation
where period_code = ?;
