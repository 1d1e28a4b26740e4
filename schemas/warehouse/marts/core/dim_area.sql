-- the district (JA), its 13 streets and its town
create table dim_area as
with catalog as (
    select * from catalog_area
),

final as (
    select code, name_zh, kind
    from catalog
)

select * from final;

comment on table dim_area is '区域：全区、街道、镇 / Areas: the district, its streets and town';
comment on column dim_area.code is '区域编码（JA 为全区） / Area code (JA is the district)';
comment on column dim_area.name_zh is '区域名称 / Area name';
comment on column dim_area.kind is '区域类型：district 区、street 街道、town 镇 / Area kind';
