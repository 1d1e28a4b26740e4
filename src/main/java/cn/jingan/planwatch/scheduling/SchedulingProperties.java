package cn.jingan.planwatch.scheduling;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code serve} (prefix {@code planwatch.scheduling.}); {@code ops/planwatch.properties} documents each.
 *
 * @param jobsDir     the folder of scheduled job definitions ({@code *.yaml})
 * @param stopTimeout how long a stop waits for the running job to finish its current chunk
 */
@ConfigurationProperties("planwatch.scheduling")
public record SchedulingProperties(@DefaultValue("jobs") Path jobsDir, @DefaultValue("2m") Duration stopTimeout) {
}
