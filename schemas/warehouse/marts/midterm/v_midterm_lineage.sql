-- the observations behind today's mid-term evaluation, with what is known now
create view v_midterm_lineage as
with lineage as (
    select * from midterm_lineage(plan_today(), now())
),

final as (
    select * from lineage
)

select * from final;

comment on view v_midterm_lineage is '中期评估数据来源（规划时区今日、现有数据） / The observations behind the mid-term evaluation as of today in the plan''s zone, with what is known now';
comment on column v_midterm_lineage.indicator_code is '指标编码 / Indicator code';
comment on column v_midterm_lineage.area_code is '区域编码 / Area code';
comment on column v_midterm_lineage.as_of is '评估日 / Evaluation date';
comment on column v_midterm_lineage.period_code is '报告期编码 / Period code';
comment on column v_midterm_lineage.end_date is '报告期截止日 / Last day of the period';
comment on column v_midterm_lineage.measure is '口径：period 本期值、ytd 本年累计 / Measure: period value or year to date';
comment on column v_midterm_lineage.value is '数值（目录计量单位） / Value in the catalog unit';
comment on column v_midterm_lineage.unit is '计量单位 / Unit';
comment on column v_midterm_lineage.counts_for_baseline is '是否用于基期值 / Whether the baseline reads it';
comment on column v_midterm_lineage.counts_for_latest is '是否用于最新值 / Whether the latest value reads it';
comment on column v_midterm_lineage.counts_for_cumulative is '是否计入考核期累计 / Whether the cumulative figure reads it';
comment on column v_midterm_lineage.bureau_code is '填报委办局编码 / Reporting bureau';
comment on column v_midterm_lineage.source_file is '来源报表文件名 / Source workbook';
comment on column v_midterm_lineage.source_sheet is '来源工作表 / Source sheet';
comment on column v_midterm_lineage.source_cell is '来源单元格 / Source cell';
comment on column v_midterm_lineage.source_sha256 is '来源文件 SHA-256 / SHA-256 of the source file';
comment on column v_midterm_lineage.received_at is '报送时间（UTC） / When the bureau delivered the file (UTC)';
comment on column v_midterm_lineage.loaded_at is '入库时间（UTC） / When the pipeline accepted the file (UTC)';
comment on column v_midterm_lineage.version is '版本序号（1 为最早） / Version number, 1 is the oldest';
