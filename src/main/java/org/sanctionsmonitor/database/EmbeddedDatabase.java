package org.sanctionsmonitor.database;

import static org.sanctionsmonitor.database.DatabaseSecrets.APP_ROLE;
import static org.sanctionsmonitor.database.DatabaseSecrets.DATABASE;
import static org.sanctionsmonitor.database.DatabaseSecrets.SUPERUSER;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, set up to be the app's real store rather than a test fixture (zonky's defaults):
 * <ul>
 * <li><b>durable</b>: fsync, synchronous commit and full-page writes on (zonky passes {@code -F}; a later
 *     {@code -c fsync=on} on the same command line overrides it);</li>
 * <li><b>private</b>: TCP on loopback only, no Unix socket, every login by password (SCRAM-SHA-256, no {@code trust}
 *     line in {@code pg_hba.conf}), with generated passwords in an owner-only file in the owner-only data directory
 *     ({@link DatabaseSecrets});</li>
 * <li><b>least privilege</b>: the app connects as the role {@code sanctions}, which owns the database {@code sanctions}
 *     and everything in it but is no superuser (so no {@code COPY ... TO PROGRAM}); Flyway runs as that role, and
 *     {@code pg_trgm}/{@code unaccent} are trusted extensions that a database owner may create;</li>
 * <li><b>restartable</b>: a server left running by a killed app is stopped before the start ({@link PostmasterPid}).</li>
 * </ul>
 * Data directories made by earlier versions (trust logins, everything owned by {@code postgres} in the database
 * {@code postgres}) are upgraded in place on their first start: passwords set, the database renamed to
 * {@code sanctions} and its objects handed to the app's role.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path directory;
    private final EmbeddedPostgres postgres;
    private final DatabaseSecrets secrets;

    private EmbeddedDatabase(Path directory, EmbeddedPostgres postgres, DatabaseSecrets secrets) {
        this.directory = directory;
        this.postgres = postgres;
        this.secrets = secrets;
    }

    /** Starts PostgreSQL on {@code directory}, creating the database when the directory is empty. */
    public static EmbeddedDatabase start(Path directory) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        FilePermissions.ownerOnlyDirectory(dir);
        Path secretsFile = dir.resolve(DatabaseSecrets.FILE_NAME);
        boolean firstSecureStart = !Files.exists(secretsFile);
        DatabaseSecrets secrets = firstSecureStart ? DatabaseSecrets.generate() : DatabaseSecrets.read(secretsFile);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Crash recovery after a power loss can take a while on a large database.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                // pg_ctl passes these options through a shell: '' is the empty list, i.e. no Unix socket.
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "100")
                // zonky checks readiness by logging in as the superuser.
                .setConnectConfig("password", secrets.superuserPassword())
                .setDataDirectoryCustomizer(file -> {
                    try {
                        prepare(file.toPath(), secrets, firstSecureStart);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IllegalStateException e) {
            // zonky's lock on the directory: refused by another process, or overlapping within this JVM.
            if (e instanceof OverlappingFileLockException || String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new EmbeddedDatabaseException("The embedded database in " + dir + " is in use by another running "
                        + "Sanctions Monitor (or a backup).", "Stop that one first, or set SANCTIONS_DATA_DIR to another folder.", e);
            }
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + dir + " did not start: " + e.getMessage(),
                    "PostgreSQL's own messages are in the log above (logger io.zonky...EmbeddedPostgres). If the data "
                            + "directory is damaged, restore a backup (README, \"Backups\").", e);
        }
        try {
            provision(postgres, secrets);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new EmbeddedDatabaseException("Could not set up the embedded database in " + dir + ": " + e.getMessage(),
                    "PostgreSQL's own messages are in the log above.", e);
        }
        log.info("Embedded PostgreSQL is listening on localhost:{}; database '{}', role '{}', passwords in {}",
                postgres.getPort(), DATABASE, APP_ROLE, secretsFile);
        return new EmbeddedDatabase(dir, postgres, secrets);
    }

    /**
     * Runs before the server starts (zonky's data directory customizer, called with zonky's lock on the directory):
     * clears a server left by a killed app, gives the superuser its password on the first secure start (single-user
     * mode, so no password-less login is ever possible), and writes the access rules.
     */
    private static void prepare(Path dir, DatabaseSecrets secrets, boolean firstSecureStart) throws IOException {
        PostmasterPid.clearLeftoverServer(dir);
        Path secretsFile = dir.resolve(DatabaseSecrets.FILE_NAME);
        if (firstSecureStart) {
            String output = PostgresBinaries.run("postgres", List.of("--single", "-D", dir.toString(), "template1"),
                    "ALTER ROLE " + SUPERUSER + " PASSWORD '" + DatabaseSecrets.scramVerifier(secrets.superuserPassword()) + "'\n", 120);
            if (output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IOException("Could not set the superuser's password: " + output.strip());
            }
            // Written after the password is set: if we die in between, the next start simply sets a new one.
            secrets.write(secretsFile);
        }
        FilePermissions.ownerOnlyFile(secretsFile);
        FilePermissions.ownerOnlyDirectory(dir);
        Files.writeString(dir.resolve("pg_hba.conf"), """
                # Written by Sanctions Monitor on every start; edits here are overwritten.
                # Every login needs a password (SCRAM-SHA-256); the server listens on loopback only.
                # The passwords are in sanctions-monitor.pgpass in this folder (see the README).
                local all all scram-sha-256
                host  all all 127.0.0.1/32 scram-sha-256
                host  all all ::1/128 scram-sha-256
                """);
    }

    /**
     * As the superuser: the app's role (no superuser, its password from the secrets file), its database (an older
     * data directory's {@code postgres} database is renamed to it), and ownership of everything in it. Idempotent, so
     * it runs on every start and an upgrade interrupted half-way completes on the next.
     */
    private static void provision(EmbeddedPostgres postgres, DatabaseSecrets secrets) throws SQLException {
        try (Connection template = postgres.getDatabase(SUPERUSER, "template1").getConnection();
             Statement sql = template.createStatement()) {
            if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
                sql.execute("CREATE ROLE " + APP_ROLE);
            }
            sql.execute("ALTER ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                    + " PASSWORD '" + DatabaseSecrets.scramVerifier(secrets.appPassword()) + "'");
            if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (holdsAppData(postgres, "postgres")) {
                    log.info("Upgrading the embedded database: renaming database 'postgres' to '{}', owned by role '{}'.", DATABASE, APP_ROLE);
                    sql.execute("ALTER DATABASE postgres RENAME TO " + DATABASE);
                    // Tools expect a database named postgres; it stays empty.
                    sql.execute("CREATE DATABASE postgres");
                } else {
                    sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + APP_ROLE);
                }
            }
            sql.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + APP_ROLE);
        }
        try (Connection app = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
             Statement sql = app.createStatement()) {
            List<String> changes = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(OBJECTS_NOT_OWNED_BY_THE_APP)) {
                while (rows.next()) {
                    changes.add(rows.getString(1));
                }
            }
            for (String change : changes) {
                sql.execute(change);
            }
            if (!changes.isEmpty()) {
                log.info("Handed {} database objects to role '{}'.", changes.size(), APP_ROLE);
            }
        }
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }

    private static boolean holdsAppData(EmbeddedPostgres postgres, String database) throws SQLException {
        try (Connection connection = postgres.getDatabase(SUPERUSER, database).getConnection();
             Statement sql = connection.createStatement()) {
            return exists(sql, "SELECT 1 WHERE to_regclass('public.flyway_schema_history') IS NOT NULL");
        }
    }

    /**
     * ALTER ... OWNER statements for the schema's tables, views, sequences, functions and types that the app's role
     * does not own yet. Objects of extensions stay with the extension; sequences of identity and serial columns follow
     * their table; array and row types follow their element and table.
     */
    private static final String OBJECTS_NOT_OWNED_BY_THE_APP = """
            WITH app AS (SELECT oid FROM pg_roles WHERE rolname = '%1$s'),
            extension_members AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
            SELECT format('ALTER SCHEMA %%I OWNER TO %1$s', n.nspname)
              FROM pg_namespace n WHERE n.nspname = 'public' AND n.nspowner = 'postgres'::regrole
            UNION ALL
            SELECT format('ALTER %%s %%s OWNER TO %1$s',
                          CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                                         WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                          c.oid::regclass)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
               AND c.relowner <> (SELECT oid FROM app)
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                  AND d.deptype IN ('e', 'i', 'a'))
            UNION ALL
            SELECT format('ALTER ROUTINE %%s OWNER TO %1$s', p.oid::regprocedure)
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proowner <> (SELECT oid FROM app)
               AND (SELECT count(*) FROM extension_members e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid) = 0
            UNION ALL
            SELECT format('ALTER TYPE %%s OWNER TO %1$s', t.oid::regtype)
              FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
             WHERE n.nspname = 'public' AND t.typowner <> (SELECT oid FROM app)
               AND (t.typtype IN ('e', 'd', 'r')
                    OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
               AND (SELECT count(*) FROM extension_members e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid) = 0
            """.formatted(APP_ROLE);

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    /** The JDBC URL of the app's database (no credentials in it). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    String appUser() {
        return APP_ROLE;
    }

    String appPassword() {
        return secrets.appPassword();
    }

    /** The superuser, for maintenance (backups) only; the app itself never uses it after start-up. */
    DataSource superuserDataSource() {
        return postgres.getDatabase(SUPERUSER, DATABASE, Map.of("password", secrets.superuserPassword()));
    }

    static DataSource dataSource(int port, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Stops the server cleanly (a shutdown checkpoint; the next start needs no recovery). */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
