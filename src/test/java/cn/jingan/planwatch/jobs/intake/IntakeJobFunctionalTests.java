package cn.jingan.planwatch.jobs.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.IntakeTotals;
import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.jobs.JobTestContext;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

/** The intake job over real returns: every file read, answered and sorted; the accepted ones published. */
class IntakeJobFunctionalTests extends JobTestContext {

    @Autowired
    Job intakeJob;

    @BeforeEach
    void setUp() {
        jobs.setJob(intakeJob);
    }

    @Test
    void readsAnswersAndSortsEveryReturnThenPublishesTheAcceptedOnes() throws Exception {
        // given: three good quarterly returns and one that names an indicator the bureau does not own
        Path data = data();
        TestReturns.deliver(data, 3);

        // when
        JobExecution execution = jobs.startJob(jobs.getUniqueJobParameters());

        // then
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("recoverLake", "ingestReturns", "compactLake", "publishWarehouse");
        StepExecution ingest = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("ingestReturns")).findFirst().orElseThrow();
        assertThat(ingest.getReadCount()).isEqualTo(4);
        assertThat(ingest.getWriteCount()).isEqualTo(4);
        assertThat(ingest.getExecutionContext().getLong(IntakeTotals.ACCEPTED)).isEqualTo(3);
        assertThat(ingest.getExecutionContext().getLong(IntakeTotals.REJECTED)).isEqualTo(1);
        assertThat(ingest.getExecutionContext().getLong(IntakeTotals.ROWS)).isEqualTo(3);
        assertThat(files(data.resolve("inbox"))).isEmpty();
        assertThat(files(data.resolve("archive/drc"))).hasSize(3);
        assertThat(files(data.resolve("quarantine/drc"))).hasSize(1);
        assertThat(files(data.resolve("outbox/drc"))).filteredOn(f -> f.endsWith(".receipt.json")).hasSize(4);
        try (WarehouseReader reader = WarehouseReader.open(data.resolve("warehouse.duckdb"))) {
            assertThat(reader.counts()).containsEntry("fact_observation", 3L).containsEntry("fact_submission", 3L);
        }
    }

    private static List<String> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }
}
