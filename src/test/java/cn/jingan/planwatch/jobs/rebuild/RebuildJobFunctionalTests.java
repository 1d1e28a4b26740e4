package cn.jingan.planwatch.jobs.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.jobs.JobTestContext;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

/** The rebuild job: every step completes, and the warehouse it swaps in holds what the lake holds. */
class RebuildJobFunctionalTests extends JobTestContext {

    @Autowired
    Job intakeJob;

    @Autowired
    Job rebuildJob;

    @Test
    void recoversRebuildsAndChecksTheWarehouseAgainstTheLake() throws Exception {
        // given: a lake holding two accepted returns, and the warehouse deleted
        Path data = data();
        TestReturns.deliver(data, 2);
        jobs.setJob(intakeJob);
        jobs.startJob(jobs.getUniqueJobParameters());
        Files.delete(data.resolve("warehouse.duckdb"));

        // when
        jobs.setJob(rebuildJob);
        JobExecution execution = jobs.startJob(jobs.getUniqueJobParameters());

        // then
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getStatus)
                .containsExactly(tuple("recoverLake", BatchStatus.COMPLETED),
                        tuple("rebuildWarehouse", BatchStatus.COMPLETED),
                        tuple("verifyWarehouse", BatchStatus.COMPLETED));
        try (WarehouseReader reader = WarehouseReader.open(data.resolve("warehouse.duckdb"))) {
            assertThat(reader.counts()).containsEntry("fact_observation", 2L).containsEntry("fact_submission", 2L);
        }
    }
}
