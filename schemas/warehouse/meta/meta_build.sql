-- what this file was built from; the builder inserts its one row
create table meta_build (
    lake_version varchar not null,
    build_key varchar not null,
    built_at timestamptz not null,
    duckdb_version varchar not null,
    observation_files integer not null,
    submission_files integer not null
);

comment on table meta_build is '本数据仓库的构建记录 / How this warehouse file was built';
comment on column meta_build.lake_version is '数据湖版本 / Version of the lake it was built from';
comment on column meta_build.build_key is '构建指纹（数据湖版本、目录、参数与 SQL） / Fingerprint of lake version, catalog, settings and SQL';
comment on column meta_build.built_at is '构建时间（UTC） / When it was built (UTC)';
comment on column meta_build.duckdb_version is '构建所用 DuckDB 版本 / DuckDB version that built it';
comment on column meta_build.observation_files is '观测值 Parquet 文件数 / Observation files read';
comment on column meta_build.submission_files is '报表记录 Parquet 文件数 / Submission files read';
