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
import org.liaisondesk.domain.DataFileFormatException;
import org.liaisondesk.domain.DataFolderInUseException;
import org.liaisondesk.domain.WrongPasswordException;
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
    public static final int SCHEMA_VERSION = 9;
    static final String MIGRATIONS = "org/liaisondesk/persistence/db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's file system: always its disk ("file"), but a test puts one that fails as a full disk does. */
    static volatile String fileSystem = "file";

    private final Path folder;
    // Replaced together when the file's encryption changes (see rekey); the Jdbi asks for the current pool.
    private volatile JdbcConnectionPool pool;
    private volatile Connection keeper;
    private volatile char[] filePassword;
    private volatile boolean closed;
    private final Jdbi jdbi;

    private Database(Path folder, JdbcConnectionPool pool, Connection keeper, char[] filePassword) {
        this.folder = folder;
        this.pool = pool;
        this.keeper = keeper;
        this.filePassword = filePassword;
        this.jdbi = Jdbi.create(this::connection).installPlugin(new SqlObjectPlugin());
        jdbi.setTransactionHandler(new DurableTransactions(jdbi.getTransactionHandler()));
        Mappers.register(jdbi);
    }

    /**
     * Opens (creating if needed) the database in {@code folder} and brings its schema up to date.
     *
     * @throws DataFolderInUseException when another process holds the database
     */
    public static Database open(Path folder) { return open(folder, null); }

    /**
     * Opens the database, encrypted with H2's AES file encryption under {@code filePassword}
     * (no spaces; null for a plain file).
     *
     * @throws DataFolderInUseException when another process holds the database
     * @throws WrongPasswordException when the file password does not open it
     */
    public static Database open(Path folder, char[] filePassword) {
        try {
            Files.createDirectories(folder.resolve("attachments"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data folder " + folder, e);
        }
        // REUSE_SPACE=FALSE: new data is always appended, never written over space freed earlier. With
        // reuse, the kill test saw recovery after a killed process fall back to an older state and lose
        // changes committed (and seen after a restart) before; the file is compacted when closed.
        JdbcConnectionPool pool = pool(folder, filePassword);
        Connection keeper = connect(folder, pool, filePassword != null);
        if (schemaVersion(keeper) != SCHEMA_VERSION) migrate(pool);
        LOG.info("database open in {}{}", folder, filePassword == null ? "" : " (encrypted)");
        return new Database(folder, pool, keeper, filePassword);
    }

    private static JdbcConnectionPool pool(Path folder, char[] filePassword) {
        String url = "jdbc:h2:" + fileSystem + ":" + folder.toAbsolutePath().resolve(FILE_NAME) + ";REUSE_SPACE=FALSE"
                // H2's trace file quotes values in its error messages (a passport too long for its column,
                // say): an encrypted database writes none.
                + (filePassword == null ? "" : ";CIPHER=AES;TRACE_LEVEL_FILE=0");
        // With CIPHER, H2 reads "file-password user-password"; the user password stays empty.
        return JdbcConnectionPool.create(url, "sa", filePassword == null ? "" : new String(filePassword) + " ");
    }

    private static Connection connect(Path folder, JdbcConnectionPool pool, boolean encrypted) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) throw new DataFolderInUseException(folder, e);
            if (e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) throw new DataFileFormatException(folder, e);
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || (encrypted && e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1)) {
                throw new WrongPasswordException(folder, true);
            }
            throw new IllegalStateException("cannot open database in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves the database file aside under a dated name, so that a new one can be made and a backup
     * restored into it; the old file is kept, never deleted.
     *
     * @return where the old file now lies
     */
    public static Path setAside(Path folder, java.time.LocalDateTime now) {
        Path file = folder.resolve(FILE_NAME + ".mv.db");
        Path aside = folder.resolve(FILE_NAME + "-" + now.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".mv.db.set-aside");
        try {
            Files.move(file, aside);
            Files.deleteIfExists(folder.resolve(FILE_NAME + ".trace.db"));
            return aside;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot move " + file + " aside: " + e.getMessage(), e);
        }
    }

    /**
     * A connection from the pool. H2 closes a database whose file could not be written (a full
     * disk, a removed USB drive); the next request opens it again from what is safely on disk, so
     * the user can save again once there is room, without restarting.
     */
    private Connection connection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            // Not after close(): a request in the moment between SHUTDOWN and the pool's disposal must not reopen it.
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED || closed) throw e;
            synchronized (this) {
                if (!keeper.isClosed() && keeperAlive()) return pool.getConnection();
                LOG.warn("database was closed after a failed write; opening it again");
                pool.dispose();
                reopen(filePassword);
            }
            return pool.getConnection();
        }
    }

    private boolean keeperAlive() {
        try (var st = keeper.createStatement()) {
            st.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * True when the failure is the disk's, not the data's: a file that could not be written (full,
     * read-only, gone), or the database H2 closed because of it.
     */
    public static boolean isStorageFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) return true;
            // H2 sometimes passes a failed write on as a general error that keeps only MVStore's message,
            // whose code says what failed ("[2.5.252/2]": 1 reading, 2 writing, 4 closed).
            if (t instanceof SQLException e && e.getErrorCode() == ErrorCode.GENERAL_ERROR_1
                    && MVSTORE_IO.matcher(String.valueOf(e.getMessage())).find()) {
                return true;
            }
            if (t instanceof SQLException e && (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || e.getErrorCode() == ErrorCode.IO_EXCEPTION_2
                    || e.getErrorCode() == ErrorCode.FILE_CREATION_FAILED_1)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern MVSTORE_IO = java.util.regex.Pattern.compile("\\[\\d+\\.\\d+\\.\\d+/[124]\\]");

    /** What the operating system said about the failed write ("No space left on device"), if it was kept. */
    public static String storageReason(Throwable failure) {
        String reason = null;
        for (Throwable t = failure; t != null; t = t.getCause()) if (t instanceof java.io.IOException) reason = t.getMessage();
        if (reason != null) return reason;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Writing to .*? failed|Reading from .*? failed")
                .matcher(String.valueOf(failure.getMessage()));
        return m.find() ? m.group() : "I/O";
    }

    /** True when the file is encrypted. */
    public boolean encrypted() { return filePassword != null; }

    /**
     * Encrypts the file under a new file password, or decrypts it (null). The database closes for a
     * moment: H2 converts only closed files. If the conversion fails, it reopens as it was.
     */
    public synchronized void rekey(char[] newFilePassword) {
        char[] old = filePassword;
        shutdown();
        try {
            org.h2.tools.ChangeFileEncryption.execute(folder.toAbsolutePath().toString(), FILE_NAME, "AES", old,
                    newFilePassword, true);
        } catch (SQLException e) {
            reopen(old);
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (newFilePassword != null) {
            try {
                // What the plain database traced before may quote its data.
                Files.deleteIfExists(folder.resolve(FILE_NAME + ".trace.db"));
            } catch (java.io.IOException e) {
                LOG.warn("trace file not removed: {}", e.getMessage());
            }
        }
        reopen(newFilePassword);
    }

    private void reopen(char[] password) {
        JdbcConnectionPool p = pool(folder, password);
        keeper = connect(folder, p, password != null);
        pool = p;
        filePassword = password;
    }

    private static void migrate(javax.sql.DataSource source) {
        Flyway.configure().dataSource(source).locations("classpath:" + MIGRATIONS).load().migrate();
    }

    /** The schema version of this database (Flyway's newest successful migration). */
    public int schemaVersion() { return schemaVersion(keeper); }

    /**
     * Writes the whole database as a plain SQL script (H2's {@code SCRIPT}), UTF-8, one statement
     * per line: readable by later H2 versions, unlike the binary file. It is streamed, never put in
     * a temporary file, so an encrypted database leaves no plain copy on disk.
     */
    public void scriptTo(java.io.OutputStream out) throws java.io.IOException {
        var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        try (var st = keeper.createStatement(); var rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                w.write(rs.getString(1));
                w.write('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        w.flush();
    }

    /**
     * Replaces everything in the database with what the script holds, then migrates it if it was
     * written by an older schema. Callers check the script first (see {@link #rowCounts(java.io.Reader)}).
     */
    public synchronized void replaceWith(java.io.Reader script) {
        execute(keeper, "DROP ALL OBJECTS");
        runScript(keeper, script);
        if (schemaVersion(keeper) != SCHEMA_VERSION) migrate(pool);
    }

    /** Rows per table of this database. */
    public java.util.Map<String, Long> rowCounts() { return rowCounts(keeper); }

    /**
     * Loads a script into a private in-memory database and counts its rows per table, with its
     * schema version under the key {@code ""}: proof that it can be restored, without touching
     * the real one.
     *
     * @throws IllegalStateException when the script does not run
     */
    public static java.util.Map<String, Long> rowCounts(java.io.Reader script) {
        String url = "jdbc:h2:mem:check-" + java.util.UUID.randomUUID();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            runScript(c, script);
            java.util.Map<String, Long> counts = rowCounts(c);
            counts.put("", (long) schemaVersion(c));
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void runScript(Connection c, java.io.Reader script) {
        try {
            org.h2.tools.RunScript.execute(c, script);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static java.util.Map<String, Long> rowCounts(Connection c) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            while (rs.next()) tables.add(rs.getString(1));
            for (String t : tables) {
                // Table names come from the catalogue, quoted as identifiers.
                try (var count = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    count.next();
                    out.put(t.toLowerCase(java.util.Locale.ROOT), count.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void execute(Connection c, String sql) {
        try (var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
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
    public synchronized void close() {
        closed = true;
        shutdown();
    }

    private void shutdown() {
        try (Connection c = keeper) {
            // Space is never reused while open (see open), so closing rewrites the file compactly:
            // about 0.2 s for the sample data, 2.6 s for twenty times an office's history.
            c.createStatement().execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("database shutdown: {}", e.getMessage());
        } finally {
            pool.dispose();
        }
    }
}
