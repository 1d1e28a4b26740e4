-- the target condition: gt >, ge >=, le <=, between inclusive; null for none or no value
create macro meets_target(value, comparator, target, target_max) as
    case comparator
        when 'gt' then value > target
        when 'ge' then value >= target
        when 'le' then value <= target
        when 'between' then value between target and target_max
    end;

comment on macro meets_target is '是否达到目标（gt 超过、ge 达到、le 不高于、between 区间含端点） / Whether a value meets the target condition';
