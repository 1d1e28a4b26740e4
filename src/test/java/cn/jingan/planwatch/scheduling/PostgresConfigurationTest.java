package cn.jingan.planwatch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.jobs.intake.IntakeJobConfiguration;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.system.Contexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code postgresql} profile: job repository and clustered Quartz store on the local PostgreSQL
 * (127.0.0.1:5432, database {@code test}, user {@code postgres}, trust; CI starts it), each test in a schema of
 * its own. The embedded default never touches it.
 */
class PostgresConfigurationTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path temp;

    private String schema;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = "planwatch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("drop schema " + schema + " cascade");
    }

    @Test
    void runsAJobWithItsRepositoryAndAClusteredScheduleInPostgres() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 2);
        Path jobs = Contexts.jobs(temp.resolve("jobs"),
                "name: inbox-poll\njob: intake\ncron: \"0 */5 * * * ?\"\nmisfire: fire-once-now\n");
        RunSummary run;
        boolean clustered;
        boolean persistent;

        // when
        try (ConfigurableApplicationContext context = Contexts.start(data, "spring.profiles.active=postgresql",
                "spring.datasource.url=" + SERVER + "?currentSchema=" + schema,
                "planwatch.scheduling.jobs-dir=" + jobs)) {
            run = context.getBean(JobRuns.class).run("test",
                    context.getBean(BatchJobs.class).get(IntakeJobConfiguration.JOB_NAME), Map.of());
            context.getBean(Schedule.class).start();
            Scheduler scheduler = context.getBean(Scheduler.class);
            clustered = scheduler.getMetaData().isJobStoreClustered();
            persistent = scheduler.getMetaData().isJobStoreSupportsPersistence();
            Thread.sleep(1000);
        }

        // then
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.totals().accepted()).isEqualTo(2);
        assertThat(clustered).isTrue();
        assertThat(persistent).isTrue();
        assertThat(count("select count(*) from batch_job_execution where status = 'COMPLETED'")).isEqualTo(1);
        assertThat(count("select count(*) from qrtz_cron_triggers where trigger_name = 'inbox-poll'"
                + " and cron_expression = '0 */5 * * * ?'")).isEqualTo(1);
        assertThat(count("select count(*) from qrtz_scheduler_state")).isGreaterThanOrEqualTo(1);
        assertThat(Files.exists(data.resolve(".planwatch/jobs.mv.db"))).as("no embedded H2 file").isFalse();
    }

    @Test
    void theEmbeddedDefaultKeepsTheJobRepositoryInAnH2FileOfTheDataDirectory() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 1);

        // when
        RunSummary run;
        try (ConfigurableApplicationContext context = Contexts.start(data)) {
            run = context.getBean(JobRuns.class).run("test",
                    context.getBean(BatchJobs.class).get(IntakeJobConfiguration.JOB_NAME), Map.of());
        }

        // then
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(data.resolve(".planwatch/jobs.mv.db")).exists();
        assertThat(count("select count(*) from information_schema.tables where table_schema = '" + schema + "'"))
                .as("nothing written to PostgreSQL").isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "?currentSchema=" + schema, "postgres", "");
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
