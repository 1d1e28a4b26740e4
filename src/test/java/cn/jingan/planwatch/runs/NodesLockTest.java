package cn.jingan.planwatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The run lock across nodes, on the local PostgreSQL (127.0.0.1:5432, user {@code postgres}, trust; CI starts
 * it), in a database of its own created for the test and dropped after. Each node has its own data directory
 * here, so that their OS file locks never meet, as on a network file system that does not honour them.
 */
class NodesLockTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    Path temp;

    private String database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = "planwatch_lock_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute("drop database " + database + " with (force)");
    }

    @Test
    void aSecondNodeCannotRunWhileTheFirstHoldsTheLockAndCanOnceItIsReleased() {
        // given
        NodesLock first = nodesLock();
        NodesLock second = nodesLock();

        // when
        Optional<RunLock> held = RunLock.acquire(node("a"), Duration.ZERO, Optional.of(first));
        Optional<RunLock> meanwhile = RunLock.acquire(node("b"), Duration.ZERO, Optional.of(second));
        held.orElseThrow().close();
        Optional<RunLock> after = RunLock.acquire(node("b"), Duration.ZERO, Optional.of(second));

        // then
        assertThat(held).isPresent();
        assertThat(meanwhile).isEmpty();
        assertThat(after).isPresent();
        after.get().close();
    }

    @Test
    void theLockOfANodeWhoseSessionEndsWithoutReleasingIsFree() throws Exception {
        // given a node holding the lock on a session that then dies (as a killed process's connection does)
        Connection dying = DriverManager.getConnection(SERVER + database, "postgres", "");
        try (Statement statement = dying.createStatement()) {
            statement.execute("select pg_advisory_lock(hashtextextended('planwatch', 0))");
        }
        Optional<RunLock> whileAlive = RunLock.acquire(node("b"), Duration.ZERO, Optional.of(nodesLock()));

        // when
        dying.close();
        Optional<RunLock> afterwards = RunLock.acquire(node("b"), Duration.ofSeconds(5), Optional.of(nodesLock()));

        // then
        assertThat(whileAlive).isEmpty();
        assertThat(afterwards).isPresent();
        afterwards.get().close();
    }

    private NodesLock nodesLock() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(SERVER + database);
        dataSource.setUser("postgres");
        return new NodesLock(dataSource, "planwatch");
    }

    private DataDirectory node(String name) {
        return new DataDirectory(temp.resolve(name));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
