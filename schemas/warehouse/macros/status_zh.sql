-- the Chinese labels of the national mid-term evaluation
create macro status_zh(status) as
    case status
        when 'achieved' then '已实现'
        when 'ahead' then '快于预期'
        when 'on_track' then '基本符合预期'
        when 'lagging' then '滞后于预期'
        when 'above_range' then '超出区间'
        when 'no_data' then '无数据'
        when 'monitor' then '监测'
    end;

comment on macro status_zh is '评估状态的中文标签 / Chinese label of an evaluation status';
