-- the current value of each (indicator, period, area, measure): the newest version received
create table fact_observation as
with history as (
    select * from fact_observation_history
),

final as (
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
    from history
    where is_current
    order by indicator_code, period_code, area_code, measure
)

select * from final;

comment on table fact_observation is '指标当前数值（每个指标、报告期、区域、口径一行） / Current values, one row per indicator, period, area and measure';
comment on column fact_observation.indicator_code is '指标编码 / Indicator code';
comment on column fact_observation.period_code is '报告期编码 / Period code';
comment on column fact_observation.area_code is '区域编码 / Area code';
comment on column fact_observation.measure is '口径：period 本期值、ytd 本年累计 / Measure: period value or year to date';
comment on column fact_observation.value is '数值（目录计量单位，百分比以百分数计） / Value in the catalog unit (percentages in percent)';
comment on column fact_observation.unit is '计量单位 / Unit';
comment on column fact_observation.bureau_code is '填报委办局编码 / Reporting bureau';
comment on column fact_observation.source_file is '来源报表文件名 / Source workbook';
comment on column fact_observation.source_sha256 is '来源文件 SHA-256 / SHA-256 of the source file';
comment on column fact_observation.source_sheet is '来源工作表 / Source sheet';
comment on column fact_observation.source_cell is '来源单元格 / Source cell';
comment on column fact_observation.received_at is '报送时间（UTC） / When the bureau delivered the file (UTC)';
comment on column fact_observation.loaded_at is '入库时间（UTC） / When the pipeline accepted the file (UTC)';
