-- the settings of the mid-term rollup; the builder inserts its one row
create table rollup_settings (
    tolerance decimal(18, 9) not null,
    plan_zone varchar not null
);

comment on table rollup_settings is '中期评估参数（一行） / Settings of the mid-term rollup, one row';
comment on column rollup_settings.tolerance is '序时进度容差（默认 0.05） / Tolerance around the elapsed share of the window (default 0.05)';
comment on column rollup_settings.plan_zone is '规划时区：今日、报送截止与显示时间（默认 Asia/Shanghai） / The plan''s zone: today, due dates and times shown (default Asia/Shanghai)';
