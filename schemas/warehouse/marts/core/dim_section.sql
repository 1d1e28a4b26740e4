-- the four sections of the plan (spec: plan sections S1..S4)
create table dim_section as
with sections (code, name_zh, name_en) as (
    values
        ('S1', '对外开放与产业能级', 'Opening up and industrial strength'),
        ('S2', '科技创新', 'Science and technology innovation'),
        ('S3', '城市更新与空间品质', 'Urban renewal and spatial quality'),
        ('S4', '民心工程与公共服务', 'People''s livelihood projects and public services')
),

final as (
    select code, name_zh, name_en from sections
)

select * from final;

comment on table dim_section is '规划篇章 / Sections of the plan';
comment on column dim_section.code is '篇章编码（S1-S4） / Section code (S1-S4)';
comment on column dim_section.name_zh is '篇章名称 / Section name in Chinese';
comment on column dim_section.name_en is '篇章英文名称 / Section name in English';
