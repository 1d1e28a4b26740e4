package cn.jingan.planwatch.scheduling;

import java.time.ZoneId;
import java.util.Map;

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
}
