-- the reporting bureaus; the code is the name of the bureau's inbox folder
create table dim_bureau as
with catalog as (
    select * from catalog_bureau
),

final as (
    select code, name_zh, name_en, aliases
    from catalog
    order by code
)

select * from final;

comment on table dim_bureau is '填报委办局 / Reporting bureaus';
comment on column dim_bureau.code is '委办局编码（收件箱目录名） / Bureau code (its inbox folder)';
comment on column dim_bureau.name_zh is '委办局名称 / Bureau name';
comment on column dim_bureau.name_en is '委办局英文名称 / Bureau name in English';
comment on column dim_bureau.aliases is '别名（分号分隔） / Aliases, separated by semicolons';
