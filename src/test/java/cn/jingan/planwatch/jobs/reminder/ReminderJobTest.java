package cn.jingan.planwatch.jobs.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.system.Contexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The reminder job writes each bureau what it still owes, due soon or overdue, into its outbox. */
class ReminderJobTest {

    @TempDir
    Path temp;

    @Test
    void tellsABureauWhichReturnIsDueSoonAndLaterThatItIsOverdue() throws Exception {
        // given: the Development and Reform Commission sent its returns up to 2023-Q2, not yet 2023-Q3 (due
        // 2023-10-15); its indicator I15 is watched from 2023 on
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 10);
        RunSummary dueSoon;
        RunSummary overdue;
        String beforeDue;
        String afterDue;

        // when
        try (ConfigurableApplicationContext context = Contexts.start(data)) {
            JobRuns runs = context.getBean(JobRuns.class);
            BatchJobs jobs = context.getBean(BatchJobs.class);
            runs.run("test", jobs.get("intake"), Map.of());
            dueSoon = runs.run("test", jobs.get("reminder"), Map.of("as-of", "2023-10-10", "due-within-days", "7"));
            beforeDue = Files.readString(data.resolve("outbox/drc/reminder_2023-10-10.txt"));
            overdue = runs.run("test", jobs.get("reminder"), Map.of("as-of", "2023-11-01", "due-within-days", "7"));
            afterDue = Files.readString(data.resolve("outbox/drc/reminder_2023-11-01.txt"));
        }

        // then: the letters, and beside them the template of each return reported next (by the as-of date, the
        // last period ended of each frequency)
        assertThat(dueSoon.status()).isEqualTo("COMPLETED");
        assertThat(overdue.status()).isEqualTo("COMPLETED");
        assertThat(beforeDue).startsWith("区发展改革委（drc）报表报送提醒")
                .contains("即将到期（7 天内截止，请按时报送）", "2023年第3季度（2023-Q3）截止 2023-10-15；尚缺指标：I15 完成民心工程数",
                        "请将报表（.xlsx 或 .xls）放入 inbox/drc/ 文件夹", "下一期报表的空白模板已放在本文件夹：template_2023-Q3.xlsx")
                .doesNotContain("逾期未报", "2023-Q1", "2023-Q2", "2023-Q4");
        assertThat(afterDue).contains("逾期未报", "2023年第3季度（2023-Q3）截止 2023-10-15，已逾期 17 天；尚缺指标：I15");
        assertThat(data.resolve("outbox/commerce/reminder_2023-10-10.txt")).content()
                .contains("逾期未报", "2021年第1季度（2021-Q1）截止 2021-04-15");
        assertThat(data.resolve("outbox/drc/template_2023-Q3.xlsx")).isRegularFile();
        assertThat(data.resolve("outbox/drc/template_2023-Q4.xlsx")).doesNotExist();
        assertThat(data.resolve("outbox/commerce/template_2023-M10.xlsx")).isRegularFile();
        assertThat(data.resolve("outbox/commerce")).isDirectoryContaining("glob:**/template_2023-M09.xlsx")
                .isDirectoryContaining("glob:**/template_2023-Q3.xlsx").isDirectoryContaining("glob:**/template_2022.xlsx");
        assertThat(data.resolve("outbox/health")).isDirectoryContaining("glob:**/template_2022.xlsx");
    }
}
