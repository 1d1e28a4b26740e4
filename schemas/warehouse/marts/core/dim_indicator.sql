-- the plan's indicators: every column of the catalog, and an English name from
-- seeds/indicator_name_en.sql (planwatch's translation; the catalog has none)
create table dim_indicator as
with catalog as (
    select * from catalog_indicator
),

english_names as (
    select * from seed_indicator_name_en
),

final as (
    select
        catalog.code,
        catalog.section,
        catalog.name_zh,
        catalog.owner,
        catalog.kind,
        catalog.unit,
        catalog.frequency,
        catalog.due_days,
        catalog.window_start,
        catalog.window_end,
        catalog.comparator,
        catalog.target,
        catalog.target_max,
        catalog.per_area,
        catalog.seed_phrase,
        english_names.name_en,
    from catalog
    left join english_names
        on english_names.code = catalog.code
    order by catalog.code
)

select * from final;

comment on table dim_indicator is '规划指标目录 / Plan indicators (the catalog)';
comment on column dim_indicator.code is '指标编码 / Indicator code';
comment on column dim_indicator.section is '所属篇章（S1-S4） / Plan section (S1-S4)';
comment on column dim_indicator.name_zh is '指标名称 / Indicator name';
comment on column dim_indicator.name_en is '指标英文名称（planwatch 自译，非官方；以中文名称为准） / English name: planwatch''s own translation of name_zh, not official';
comment on column dim_indicator.owner is '填报委办局编码 / Code of the reporting bureau';
comment on column dim_indicator.kind is '指标类型：stock 存量、flow 新增、level 水平、rank 排名 / Kind: stock, flow, level, rank';
comment on column dim_indicator.unit is '计量单位 / Unit of measure';
comment on column dim_indicator.frequency is '报送频率：annual 年、quarterly 季、monthly 月 / Reporting frequency';
comment on column dim_indicator.due_days is '期末后报送期限（天） / Days after period end a return is due';
comment on column dim_indicator.window_start is '考核期起始日 / First day of the plan window';
comment on column dim_indicator.window_end is '考核期截止日 / Last day of the plan window';
comment on column dim_indicator.comparator is '目标比较方式：gt 超过、ge 达到、le 不高于、between 区间、none 仅监测 / Target comparator';
comment on column dim_indicator.target is '目标值（区间目标的下限） / Target (lower bound of a range)';
comment on column dim_indicator.target_max is '区间目标上限 / Upper bound of a range target';
comment on column dim_indicator.per_area is '是否分街镇考核 / Judged per street and town';
comment on column dim_indicator.seed_phrase is '规划原文表述 / Wording in the plan';
