-- the indicators of schemas/catalog/indicators.tsv, as the Catalog object holds them
create temp table catalog_indicator (
    code varchar not null,
    section varchar not null,
    name_zh varchar not null,
    owner varchar not null,
    kind varchar not null,
    unit varchar not null,
    frequency varchar not null,
    due_days integer not null,
    window_start date not null,
    window_end date not null,
    comparator varchar not null,
    target decimal(20, 6),
    target_max decimal(20, 6),
    per_area boolean not null,
    seed_phrase varchar
);
