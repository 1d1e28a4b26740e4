package cn.jingan.planwatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.PlanZone;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlanwatchPropertiesTest {

    @Test
    void workersGivenAreTaken() {
        assertThat(withWorkers(3).workerThreads()).isEqualTo(3);
    }

    @Test
    void noWorkersGivenMeansFourPerCore() {
        assertThat(withWorkers(0).workerThreads()).isEqualTo(4 * Runtime.getRuntime().availableProcessors());
    }

    private static PlanwatchProperties withWorkers(int workers) {
        return new PlanwatchProperties(Path.of("data"), Duration.ofSeconds(10), 100, 0.05, 10_000, 104_857_600,
                Duration.ofSeconds(30), 16, workers,
                PlanZone.DEFAULT, Duration.ofDays(90), Duration.ofMinutes(15));
    }
}
