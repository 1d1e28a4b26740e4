-- today on the plan's clock (rollup_settings.plan_zone), whatever the reader's session TimeZone
create macro plan_today() as (
    select cast(timezone(settings.plan_zone, now()) as date)
    from rollup_settings as settings
);

comment on macro plan_today is '规划时区的今日（与读者会话时区无关） / Today in the plan''s zone, whatever the session TimeZone';
