-- days from window_start to day, both included (2021-01-01 to 2021-01-01 is one day)
create macro elapsed_days(window_start, day) as
    datediff('day', window_start, day) + 1;

comment on macro elapsed_days is '考核期起始日至某日的天数（含首尾） / Days from the window start to a day, both included';
