package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.excel.PoiWorkbookReader;
import cn.jingan.planwatch.excel.ReadLimits;
import cn.jingan.planwatch.intake.BackfillWarnings;
import cn.jingan.planwatch.intake.ChunkCommitter;
import cn.jingan.planwatch.intake.FileExaminer;
import cn.jingan.planwatch.intake.FileSorter;
import cn.jingan.planwatch.intake.InboxCopier;
import cn.jingan.planwatch.intake.InboxFile;
import cn.jingan.planwatch.intake.InboxScanner;
import cn.jingan.planwatch.intake.IntakeResult;
import cn.jingan.planwatch.intake.Refusals;
import cn.jingan.planwatch.intake.receipt.JsonReceiptFormat;
import cn.jingan.planwatch.intake.receipt.Outbox;
import cn.jingan.planwatch.intake.receipt.ReceiptFactory;
import cn.jingan.planwatch.intake.receipt.WorkbookReceiptFormat;
import cn.jingan.planwatch.jobs.DashboardRefresh;
import cn.jingan.planwatch.jobs.ItemPause;
import cn.jingan.planwatch.jobs.LakeToWarehouse;
import cn.jingan.planwatch.jobs.StepProgress;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.normalize.ChangeRecheck;
import cn.jingan.planwatch.normalize.ReturnNormalizer;
import cn.jingan.planwatch.system.PlanwatchProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The intake job: recover the lake → read, validate and sort the inbox's returns (lake, receipts, archive or
 * quarantine) → merge small lake files → publish the warehouse. Wiring only.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeJobConfiguration {

    public static final String JOB_NAME = "intake";

    @Bean
    InboxScanner inboxScanner(DataDirectory data, Catalog catalog, PlanwatchProperties properties, Clock clock) {
        return new InboxScanner(data.inbox(), catalog, properties.settleTime(), properties.maxClockAhead(), clock);
    }

    @Bean
    Outbox outbox(DataDirectory data, PlanwatchProperties properties) {
        return new Outbox(data.outbox(), List.of(new WorkbookReceiptFormat(properties.zone()), new JsonReceiptFormat()));
    }

    @Bean
    InboxItemReader inboxReader(InboxScanner inboxScanner, Outbox outbox, Catalog catalog, Clock clock) {
        return new InboxItemReader(inboxScanner, new Refusals(new ReceiptFactory(catalog), outbox), clock);
    }

    @Bean
    LakeValuesAtStepStart lakeValues(LakeToWarehouse lakeToWarehouse) {
        return new LakeValuesAtStepStart(lakeToWarehouse::previousValues);
    }

    @Bean
    ReturnItemProcessor returnProcessor(DataDirectory data, Lake lake, Catalog catalog, PlanwatchProperties properties,
                                        LakeValuesAtStepStart lakeValues) {
        ReadLimits limits = new ReadLimits(properties.maxRows(), properties.maxFileBytes(), properties.readTimeout());
        return new ReturnItemProcessor(() -> new FileExaminer(data, lake.state().sourcesBySha(),
                new ReturnNormalizer(new PoiWorkbookReader(limits), catalog, lakeValues),
                new InboxCopier(data.state().resolve("intake"), properties.maxFileBytes()).clear()));
    }

    @Bean
    ReturnItemWriter returnWriter(DataDirectory data, Lake lake, Catalog catalog, Clock clock, Outbox outbox,
                                  AsyncTaskExecutor intakeWorkers, LakeValuesAtStepStart lakeValues) {
        FileSorter sorter = new FileSorter(data.archive(), data.quarantine());
        return new ReturnItemWriter(() -> new ChunkCommitter(data, lake, new ReceiptFactory(catalog), outbox, sorter,
                intakeWorkers, lake.state().sourcesBySha(),
                new BackfillWarnings(new ChangeRecheck(catalog), lakeValues)), clock);
    }

    /**
     * The threads that read and validate the returns of a chunk side by side, then answer them (receipt, archive
     * or quarantine) side by side. Kept from chunk to chunk: starting a thread costs more than a small return.
     */
    @Bean
    ThreadPoolTaskExecutor intakeWorkers(PlanwatchProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("intake-");
        executor.setCorePoolSize(properties.workerThreads());
        executor.setMaxPoolSize(properties.workerThreads());
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    Step recoverLake(JobRepository jobs, PlatformTransactionManager tm, Lake lake) {
        return new StepBuilder("recoverLake", jobs).tasklet((contribution, context) -> {
            lake.recover();
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step ingestReturns(JobRepository jobs, PlatformTransactionManager tm, PlanwatchProperties properties,
                       InboxItemReader inboxReader, ReturnItemProcessor returnProcessor,
                       ReturnItemWriter returnWriter, AsyncTaskExecutor intakeWorkers, InboxScanner inboxScanner,
                       LakeValuesAtStepStart lakeValues,
                       @Value("${planwatch.testing.item-delay:0ms}") Duration itemDelay) {
        return new StepBuilder("ingestReturns", jobs).<InboxFile, IntakeResult>chunk(properties.chunkSize())
                .transactionManager(tm)
                .reader(inboxReader)
                .processor(returnProcessor)
                .writer(returnWriter)
                .taskExecutor(intakeWorkers)
                .listener((StepListener) lakeValues)
                .listener(returnProcessor)
                .listener(returnWriter)
                .listener((StepListener) new StepProgress("files", () -> inboxScanner.scan().ready().size()))
                .listener((StepListener) new ItemPause(itemDelay))
                .build();
    }

    @Bean
    Step compactLake(JobRepository jobs, PlatformTransactionManager tm, Lake lake, PlanwatchProperties properties) {
        return new StepBuilder("compactLake", jobs).tasklet((contribution, context) -> {
            lake.compact(properties.compactAbove());
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step publishWarehouse(JobRepository jobs, PlatformTransactionManager tm, LakeToWarehouse lakeToWarehouse,
                          DashboardRefresh dashboard) {
        return new StepBuilder("publishWarehouse", jobs).tasklet((contribution, context) -> {
            dashboard.afterPublish(lakeToWarehouse.publish());
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    @Bean
    Job intakeJob(JobRepository jobs, Step recoverLake, Step ingestReturns, Step compactLake, Step publishWarehouse) {
        return new JobBuilder(JOB_NAME, jobs).start(recoverLake).next(ingestReturns).next(compactLake)
                .next(publishWarehouse).build();
    }
}
