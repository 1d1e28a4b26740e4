-- one row per accepted file
create table fact_submission as
with staged as (
    select * from stg_submission
),

final as (
    select
        source_sha256,
        bureau_code,
        source_file,
        period_code,
        row_count,
        received_at,
        loaded_at,
        batch_id,
    from staged
    qualify row_number() over (
        partition by source_sha256 order by loaded_at, batch_id
    ) = 1
    order by received_at, source_sha256
)

select * from final;

comment on table fact_submission is '已受理的报表文件（每个文件一行） / Accepted returns, one row per file';
comment on column fact_submission.source_sha256 is '文件 SHA-256 / SHA-256 of the file';
comment on column fact_submission.bureau_code is '填报委办局编码 / Reporting bureau';
comment on column fact_submission.source_file is '文件名 / File name';
comment on column fact_submission.period_code is '报表的报告期 / Period of the return, as its header says';
comment on column fact_submission.row_count is '入库数值行数 / Values the file carried';
comment on column fact_submission.received_at is '报送时间（UTC） / When the bureau delivered the file (UTC)';
comment on column fact_submission.loaded_at is '入库时间（UTC） / When the pipeline accepted the file (UTC)';
comment on column fact_submission.batch_id is '入湖批次 / Lake batch';
