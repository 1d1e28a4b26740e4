package cn.jingan.planwatch.runs;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Lets go of the job repository's idle connections after a run, so that an embedded H2 file closes and another
 * process (a {@code run} by hand while {@code serve} waits for its next fire) can open it; H2 serves no port.
 */
@Component
public class RepositoryConnections {

    private final DataSource dataSource;

    public RepositoryConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Closes the pool's idle connections now; busy ones close when they are handed back. */
    public void release() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }
}
