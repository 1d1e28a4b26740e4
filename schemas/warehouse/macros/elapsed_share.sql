-- 序时进度: days from window_start to cutoff (inclusive) over the days of the window,
-- clamped to [0, 1] and rounded to 9 places so that comparisons are exact decimals
-- (null without a cutoff: greatest and least would skip a null)
create macro elapsed_share(window_start, window_end, cutoff) as
    case
        when cutoff is not null then greatest(0, least(1,
            elapsed_days(window_start, cutoff) / elapsed_days(window_start, window_end)
        ))::decimal(18, 9)
    end;

comment on macro elapsed_share is '序时进度（考核期已过天数占比，0-1） / Share of the plan window elapsed at the cut-off, 0 to 1';
