package org.liaisondesk.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.liaisondesk.domain.DataFolderInUseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in a data folder: opened once per process, migrated on open, and held
 * open (which keeps H2's file lock) until {@link #close()}, so a second program gets a clear
 * "in use" error instead of a corrupted file.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "liaison";
    /** The highest migration in {@link #MIGRATIONS}; a test keeps the two in step. */
    public static final int SCHEMA_VERSION = 6;
    static final String MIGRATIONS = "org/liaisondesk/persistence/db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final Connection keeper;
    private final Jdbi jdbi;

    private Database(Path folder, JdbcConnectionPool pool, Connection keeper) {
        this.folder = folder;
        this.pool = pool;
        this.keeper = keeper;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        Mappers.register(jdbi);
    }

    /**
     * Opens (creating if needed) the database in {@code folder} and brings its schema up to date.
     *
     * @throws DataFolderInUseException when another process holds the database
     */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder.resolve("attachments"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data folder " + folder, e);
        }
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        Connection keeper;
        try {
            keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) throw new DataFolderInUseException(folder, e);
            throw new IllegalStateException("cannot open database in " + folder + ": " + e.getMessage(), e);
        }
        if (schemaVersion(keeper) != SCHEMA_VERSION) {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:" + MIGRATIONS)
                    .load()
                    .migrate();
        }
        LOG.info("database open in {}", folder);
        return new Database(folder, pool, keeper);
    }

    /**
     * The schema version recorded by Flyway, or -1 for a new or unreadable database. Starting
     * Flyway costs a noticeable part of start-up, so it runs only when the schema is behind.
     */
    private static int schemaVersion(Connection c) {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                     + " WHERE \"success\"")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    public Jdbi jdbi() { return jdbi; }

    public Path folder() { return folder; }

    @Override
    public void close() {
        try (Connection c = keeper) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("database shutdown: {}", e.getMessage());
        } finally {
            pool.dispose();
        }
    }
}
