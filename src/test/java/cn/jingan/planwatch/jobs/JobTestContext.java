package cn.jingan.planwatch.jobs;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a data directory of its own, as the commands start it, with Spring Batch's
 * {@link JobOperatorTestUtils} to run one job at a time; one context per test class, closed after it.
 */
@SpringBootTest(properties = "planwatch.settle-time=0s")
@SpringBatchTest
@DirtiesContext
public abstract class JobTestContext {

    @TempDir
    static Path temp;

    @Autowired
    protected JobOperatorTestUtils jobs;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("planwatch.data-dir", () -> data().toString());
    }

    /** The data directory of this test class. */
    protected static Path data() {
        return temp.resolve("data");
    }
}
