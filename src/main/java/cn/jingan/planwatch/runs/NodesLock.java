package cn.jingan.planwatch.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The run lock across the nodes that share one job repository (profile {@code postgresql}): a PostgreSQL session
 * advisory lock named by {@code planwatch.run-lock.name}, held on a connection of its own for the whole run. The
 * OS file lock on a shared data directory is not enough alone (a network file system may not honour it); this
 * one is released by PostgreSQL the moment the holder's session ends, a killed node's included.
 */
@Component
@Profile("postgresql")
public class NodesLock {

    private static final String TRY_LOCK = "select pg_try_advisory_lock(hashtextextended(?, 0))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtextextended(?, 0))";

    private final DataSource dataSource;
    private final String name;

    public NodesLock(DataSource dataSource, @Value("${planwatch.run-lock.name:planwatch}") String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** Takes the lock, waiting until {@code deadline}; empty when another node still holds it. */
    Optional<AutoCloseable> acquire(Instant deadline) throws InterruptedException {
        try {
            Connection session = dataSource.getConnection();
            try {
                while (!tryLock(session, TRY_LOCK)) {
                    if (Instant.now().isAfter(deadline)) {
                        session.close();
                        return Optional.empty();
                    }
                    Thread.sleep(200);
                }
                return Optional.of(() -> {
                    try (session) {
                        tryLock(session, UNLOCK);
                    }
                });
            } catch (SQLException | InterruptedException | RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock " + name + " in PostgreSQL: " + e.getMessage(), e);
        }
    }

    private boolean tryLock(Connection session, String sql) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
