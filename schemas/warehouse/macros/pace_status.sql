-- progress against the elapsed share of the window; both comparisons are inclusive and
-- made on DECIMAL(18, 9) values, so progress exactly elapsed + tolerance is ahead
create macro pace_status(progress, elapsed, tolerance) as
    case
        when progress >= elapsed + tolerance then 'ahead'
        when progress >= elapsed - tolerance then 'on_track'
        else 'lagging'
    end;

comment on macro pace_status is '按序时进度判断：ahead 快于预期、on_track 基本符合预期、lagging 滞后于预期 / Pace against the elapsed share';
