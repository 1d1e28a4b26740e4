-- the columns of schemas/lake/submissions.schema
create temp table lake_submission (
    source_sha256 varchar not null,
    bureau_code varchar not null,
    source_file varchar not null,
    period_code varchar,
    row_count integer not null,
    received_at timestamptz not null,
    loaded_at timestamptz not null,
    batch_id varchar not null
);
