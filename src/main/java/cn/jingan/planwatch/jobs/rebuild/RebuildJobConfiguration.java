package cn.jingan.planwatch.jobs.rebuild;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.jobs.DashboardRefresh;
import cn.jingan.planwatch.jobs.JobHistory;
import cn.jingan.planwatch.jobs.LakeToWarehouse;
import cn.jingan.planwatch.jobs.StepProgress;
import cn.jingan.planwatch.system.PlanwatchProperties;
import cn.jingan.planwatch.warehouse.PublishResult;
import cn.jingan.planwatch.warehouse.WarehouseChecks;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The rebuild job: recover the lake → rebuild {@code warehouse.duckdb} from the lake alone (even when it holds
 * this lake version already; the build runs the data checks before the swap) → check the published file again
 * against the live lake → prune the job repository's history older than {@code planwatch.history}. A failed
 * check fails the job. Wiring only.
 */
@Configuration(proxyBeanMethods = false)
public class RebuildJobConfiguration {

    public static final String JOB_NAME = "rebuild";

    private static final Logger log = LoggerFactory.getLogger(RebuildJobConfiguration.class);

    @Bean
    Step rebuildWarehouse(JobRepository jobs, PlatformTransactionManager tm, LakeToWarehouse lakeToWarehouse,
                          DashboardRefresh dashboard) {
        return new StepBuilder("rebuildWarehouse", jobs).tasklet((contribution, context) -> {
            PublishResult result = lakeToWarehouse.rebuild();
            dashboard.afterPublish(result);
            log.info("job=rebuild step=rebuildWarehouse lake_version={} file={}", result.lakeVersion(),
                    result.warehouseFile());
            return RepeatStatus.FINISHED;
        }, tm).listener(new StepProgress("rebuild warehouse.duckdb", () -> 1)).build();
    }

    @Bean
    Step verifyWarehouse(JobRepository jobs, PlatformTransactionManager tm, LakeToWarehouse lakeToWarehouse,
                         DataDirectory data) {
        return new StepBuilder("verifyWarehouse", jobs).tasklet((contribution, context) -> {
            List<String> failures = WarehouseChecks.failures(data.warehouse(), lakeToWarehouse.liveFiles());
            if (!failures.isEmpty()) {
                throw new IllegalStateException("warehouse verification failed: " + String.join("; ", failures));
            }
            log.info("job=rebuild step=verifyWarehouse outcome=verified");
            return RepeatStatus.FINISHED;
        }, tm).listener(new StepProgress("verify against the lake", () -> 1)).build();
    }

    @Bean
    Step pruneHistory(JobRepository jobs, PlatformTransactionManager tm, JobHistory history,
                      PlanwatchProperties properties) {
        return new StepBuilder("pruneHistory", jobs).tasklet((contribution, context) -> {
            contribution.getStepExecution().getExecutionContext().putLong("history.pruned",
                    history.prune(properties.history()));
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    @Bean
    Job rebuildJob(JobRepository jobs, Step recoverLake, Step rebuildWarehouse, Step verifyWarehouse,
                   Step pruneHistory) {
        return new JobBuilder(JOB_NAME, jobs).start(recoverLake).next(rebuildWarehouse).next(verifyWarehouse)
                .next(pruneHistory).build();
    }
}
