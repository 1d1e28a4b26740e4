-- every version of every value, with the time it was known: valid_from is its received_at,
-- valid_to the received_at of the version that replaced it (null for the current one)
create table fact_observation_history as
with versions as (
    select * from int_observation_version
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
        batch_id,
        version,
        valid_from,
        valid_to,
        is_current,
    from versions
    order by indicator_code, period_code, area_code, measure, version
)

select * from final;

comment on table fact_observation_history is '指标数值全部版本（含被更正的数值） / Every version of every value, revisions included';
comment on column fact_observation_history.indicator_code is '指标编码 / Indicator code';
comment on column fact_observation_history.period_code is '报告期编码 / Period code';
comment on column fact_observation_history.area_code is '区域编码 / Area code';
comment on column fact_observation_history.measure is '口径：period 本期值、ytd 本年累计 / Measure: period value or year to date';
comment on column fact_observation_history.value is '数值（目录计量单位，百分比以百分数计） / Value in the catalog unit (percentages in percent)';
comment on column fact_observation_history.unit is '计量单位 / Unit';
comment on column fact_observation_history.bureau_code is '填报委办局编码 / Reporting bureau';
comment on column fact_observation_history.source_file is '来源报表文件名 / Source workbook';
comment on column fact_observation_history.source_sha256 is '来源文件 SHA-256 / SHA-256 of the source file';
comment on column fact_observation_history.source_sheet is '来源工作表 / Source sheet';
comment on column fact_observation_history.source_cell is '来源单元格 / Source cell';
comment on column fact_observation_history.received_at is '报送时间（文件到达收件箱的修改时间，UTC） / When the bureau delivered the file (UTC)';
comment on column fact_observation_history.loaded_at is '入库时间（UTC） / When the pipeline accepted the file (UTC)';
comment on column fact_observation_history.batch_id is '入湖批次 / Lake batch that wrote the row';
comment on column fact_observation_history.version is '版本序号（1 为最早） / Version number, 1 is the oldest';
comment on column fact_observation_history.valid_from is '生效起（等于报送时间） / Known from (its received_at)';
comment on column fact_observation_history.valid_to is '生效止（被下一版本取代的时间，当前版本为空） / Known until the next version arrived; null when current';
comment on column fact_observation_history.is_current is '是否当前版本 / Whether this is the current version';
