-- the SHA-256 of every file the lake holds as accepted
with accepted as (
    select source_sha256 from lake_submission
    union
    select source_sha256 from lake_observation
),

final as (
    select distinct lower(source_sha256) as source_sha256 from accepted
)

select * from final;
