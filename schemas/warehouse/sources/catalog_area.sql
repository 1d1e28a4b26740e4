-- the district, its streets and its town, from schemas/catalog/areas.tsv
create temp table catalog_area (
    code varchar not null,
    name_zh varchar not null,
    kind varchar not null
);
