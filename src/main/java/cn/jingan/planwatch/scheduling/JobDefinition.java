package cn.jingan.planwatch.scheduling;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * One scheduled job, as declared in {@code jobs/<name>.yaml}.
 *
 * @param name        the schedule's name (the Quartz job and trigger), e.g. {@code inbox-poll}
 * @param job         the Spring Batch job it runs: {@code intake}, {@code rebuild} or {@code reminder}
 * @param description what it is for, in Chinese and English
 * @param cron        a Quartz cron expression (seconds first)
 * @param timeZone    the zone the cron is read in
 * @param misfire     what to do with fires missed during downtime
 * @param parameters  job parameters passed to every run
 */
public record JobDefinition(String name, String job, String description, String cron, ZoneId timeZone,
                            Misfire misfire, Map<String, String> parameters) {

    public JobDefinition {
        parameters = Map.copyOf(parameters);
    }

    /** The first fire of the cron after {@code after}, in its zone; empty when it never fires again. */
    public Optional<Instant> nextFire(Instant after) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(timeZone));
            return Optional.ofNullable(expression.getNextValidTimeAfter(Date.from(after))).map(Date::toInstant);
        } catch (ParseException e) {
            throw new IllegalArgumentException("schedule " + name + ": not a Quartz cron expression: " + cron, e);
        }
    }
}
