-- the bureaus of schemas/catalog/bureaus.tsv
create temp table catalog_bureau (
    code varchar not null,
    name_zh varchar not null,
    name_en varchar not null,
    aliases varchar not null
);
