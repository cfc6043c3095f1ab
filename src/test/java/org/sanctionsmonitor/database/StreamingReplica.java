package org.sanctionsmonitor.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL primary and a streaming replica of it, both from the zonky PostgreSQL 17 bundle, for tests and
 * benchmarks of the read replica. The bundle has no {@code pg_basebackup}, so the replica starts from the app's own
 * base backup of the embedded database ({@link EmbeddedDatabaseBackup}: {@code pg_backup_start}, a copy of the files,
 * {@code pg_backup_stop} and the WAL written meanwhile, which is what {@code pg_basebackup} does), with
 * {@code standby.signal} and a {@code primary_conninfo}: it replays the backup, then streams the primary's WAL over a
 * replication connection and answers read-only queries meanwhile (hot standby).
 */
record StreamingReplica(EmbeddedPostgres primary, EmbeddedPostgres replica) implements AutoCloseable {

    static final String APP_PASSWORD = "replica-test-app-password";

    /** A primary in {@code <folder>/primary} with the app's role and database, and its replica in {@code <folder>/replica}. */
    static StreamingReplica start(Path folder) throws IOException, SQLException {
        Path primaryDir = folder.resolve("primary").toAbsolutePath();
        EmbeddedPostgres primary = EmbeddedPostgres.builder().setDataDirectory(primaryDir).setCleanDataDirectory(false).start();
        JdbcClient superuser = JdbcClient.create(primary.getPostgresDatabase());
        superuser.sql("CREATE ROLE sanctions LOGIN PASSWORD '" + APP_PASSWORD + "'").update();
        superuser.sql("CREATE DATABASE sanctions OWNER sanctions").update();

        Path backup = folder.resolve("base-backup.zip").toAbsolutePath();
        EmbeddedDatabaseBackup.backup(primaryDir, primary.getPostgresDatabase(), backup);
        Path replicaDir = folder.resolve("replica").toAbsolutePath();
        unpack(backup, replicaDir);
        Files.writeString(replicaDir.resolve("standby.signal"), "");
        Files.writeString(replicaDir.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=localhost port=" + primary.getPort()
                + " user=postgres application_name=replica'\n", StandardOpenOption.APPEND);
        EmbeddedPostgres replica = EmbeddedPostgres.builder().setDataDirectory(replicaDir).setCleanDataDirectory(false).start();
        return new StreamingReplica(primary, replica);
    }

    String primaryUrl() {
        return "jdbc:postgresql://localhost:" + primary.getPort() + "/sanctions";
    }

    String replicaUrl() {
        return "jdbc:postgresql://localhost:" + replica.getPort() + "/sanctions";
    }

    JdbcClient onPrimary() {
        return JdbcClient.create(primary.getDatabase("postgres", "sanctions"));
    }

    JdbcClient onReplica() {
        return JdbcClient.create(replica.getDatabase("postgres", "sanctions"));
    }

    /** Waits until the replica has replayed everything the primary has written so far. */
    void awaitCaughtUp() {
        String written = onPrimary().sql("SELECT pg_current_wal_lsn()::text").query(String.class).single();
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> onReplica()
                .sql("SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), CAST(? AS pg_lsn)) >= 0").param(written)
                .query(Boolean.class).single());
    }

    /** Whether the replica is connected to the primary and receiving its WAL, as the primary sees it. */
    boolean streaming() {
        return onPrimary().sql("SELECT count(*) FROM pg_stat_replication WHERE application_name = 'replica' AND state = 'streaming'")
                .query(Integer.class).single() == 1;
    }

    private static void unpack(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        FilePermissions.ownerOnlyDirectory(target);
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            var entries = backup.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith("postgres/")) {
                    continue;
                }
                Path path = target.resolve(entry.getName().substring("postgres/".length())).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    FilePermissions.ownerOnlyDirectory(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (InputStream in = backup.getInputStream(entry)) {
                        Files.copy(in, path);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            replica.close();
        } finally {
            primary.close();
        }
    }
}
