-- the columns of schemas/lake/observations.schema
create temp table lake_observation (
    indicator_code varchar not null,
    period_code varchar not null,
    area_code varchar not null,
    measure varchar not null,
    value decimal(20, 6) not null,
    unit varchar not null,
    bureau_code varchar not null,
    source_file varchar not null,
    source_sha256 varchar not null,
    source_sheet varchar not null,
    source_cell varchar not null,
    received_at timestamptz not null,
    loaded_at timestamptz not null,
    batch_id varchar not null
);
