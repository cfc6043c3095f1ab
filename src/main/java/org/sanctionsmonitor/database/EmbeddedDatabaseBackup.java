package org.sanctionsmonitor.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Backup and restore of the embedded database as one zip file.
 * <p>
 * The zonky bundle has no {@code pg_dump} or {@code pg_basebackup} (only {@code initdb}, {@code pg_ctl} and
 * {@code postgres}), so the backup follows PostgreSQL's documented low-level base backup, which is what
 * {@code pg_basebackup} does: {@code pg_backup_start}, a copy of the data directory while the server runs,
 * {@code pg_backup_stop}, whose {@code backup_label} goes into the copy, and the WAL written meanwhile (kept by a
 * temporary replication slot). Restored, PostgreSQL replays that WAL and the database is as it was at the end of the
 * backup: consistent, with every transaction committed by then, also while the app was writing.
 * <p>
 * A restore replaces the data directory (the previous one is kept beside it) and is refused while an app runs on it.
 */
public final class EmbeddedDatabaseBackup {

    static final String MANIFEST = "sanctions-monitor-backup.properties";
    private static final String DATA = "postgres/";
    private static final int FORMAT = 1;

    /** Top-level entries that are never copied: the running server's own files and our lock. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", DatabaseSecrets.FILE_NAME + ".new");
    /** Folders whose contents PostgreSQL rebuilds at start (its documentation lists them as omissible); pg_wal is copied apart. */
    private static final Set<String> EMPTIED_FOLDERS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private EmbeddedDatabaseBackup() {
    }

    public record Summary(Path file, long bytes, String createdAt) {
    }

    /**
     * Writes a backup of the embedded database in {@code postgresDir} to {@code target}: through the running server
     * if the app runs, otherwise through a server started for the purpose.
     */
    public static Summary backup(Path postgresDir, Path target) throws IOException, SQLException {
        Path dir = postgresDir.toAbsolutePath().normalize();
        if (!Files.exists(dir.resolve("PG_VERSION"))) {
            throw new IOException("There is no embedded database in " + dir + ".");
        }
        var running = PostmasterPid.liveServer(dir);
        if (running.isPresent()) {
            DatabaseSecrets secrets = DatabaseSecrets.read(dir.resolve(DatabaseSecrets.FILE_NAME));
            return backup(dir, EmbeddedDatabase.dataSource(running.get().port(), DatabaseSecrets.SUPERUSER, secrets.superuserPassword()), target);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir)) {
            return backup(dir, database.superuserDataSource(), target);
        }
    }

    static Summary backup(Path dir, DataSource superuser, Path target) throws IOException, SQLException {
        Path file = target.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Instant created = Instant.now();
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            // Keeps every WAL segment from here on until this session ends, so none is recycled before it is copied.
            sql.execute("SELECT pg_create_physical_replication_slot('sanctions_backup_' || pg_backend_pid(), true, true)");
            String startLsn = single(sql, "SELECT pg_backup_start('sanctions-monitor " + created + "', true)::text");
            String startWal = single(sql, "SELECT pg_walfile_name('" + startLsn + "')");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
                zip.setLevel(Deflater.BEST_SPEED);
                copyDataDirectory(dir, zip);
                String stopLsn;
                try (ResultSet stop = sql.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                    stop.next();
                    stopLsn = stop.getString(1);
                    writeEntry(zip, DATA + "backup_label", stop.getString(2));
                    String tablespaceMap = stop.getString(3);
                    if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                        writeEntry(zip, DATA + "tablespace_map", tablespaceMap);
                    }
                }
                String stopWal = single(sql, "SELECT pg_walfile_name('" + stopLsn + "')");
                copyWal(dir, startWal, stopWal, zip);
                Properties manifest = new Properties();
                manifest.setProperty("format", String.valueOf(FORMAT));
                manifest.setProperty("created", created.toString());
                manifest.setProperty("postgresVersion", Files.readString(dir.resolve("PG_VERSION")).strip());
                manifest.setProperty("startLsn", startLsn);
                manifest.setProperty("stopLsn", stopLsn);
                StringWriter text = new StringWriter();
                manifest.store(text, "Sanctions Monitor: backup of the embedded PostgreSQL");
                writeEntry(zip, MANIFEST, text.toString());
            }
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        FilePermissions.ownerOnlyFile(partial);
        FilePermissions.syncFile(partial);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        FilePermissions.syncDirectory(file.getParent());
        return new Summary(file, Files.size(file), created.toString());
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void copyDataDirectory(Path dir, ZipOutputStream zip) throws IOException {
        try (Stream<Path> tablespaces = Files.list(dir.resolve("pg_tblspc"))) {
            if (tablespaces.findAny().isPresent()) {
                throw new IOException("The embedded database has tablespaces, which this backup does not copy.");
            }
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (!folder.equals(dir)) {
                    zip.putNextEntry(new ZipEntry(name(dir, folder) + "/"));
                    zip.closeEntry();
                }
                Path parent = folder.getParent();
                boolean emptied = parent != null && parent.equals(dir) && EMPTIED_FOLDERS.contains(folder.getFileName().toString());
                if (emptied && folder.getFileName().toString().equals("pg_wal")) {
                    zip.putNextEntry(new ZipEntry(DATA + "pg_wal/archive_status/"));
                    zip.closeEntry();
                }
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String fileName = file.getFileName().toString();
                boolean skipped = (file.getParent().equals(dir) && SKIPPED_FILES.contains(fileName))
                        || fileName.equals("pg_internal.init") || fileName.startsWith("pgsql_tmp");
                if (!skipped && attributes.isRegularFile()) {
                    copyFile(file, name(dir, file), zip);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // A file or folder dropped while we copy (a table dropped, a temporary file): the WAL replays the drop.
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** The WAL from the backup's start to its end, which a restore replays to make the copied files consistent. */
    private static void copyWal(Path dir, String startWal, String stopWal, ZipOutputStream zip) throws IOException {
        List<Path> wal = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("pg_wal"))) {
            files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".history")
                        || (WAL_SEGMENT.matcher(name).matches() && name.compareTo(startWal) >= 0 && name.compareTo(stopWal) <= 0);
            }).sorted(Comparator.naturalOrder()).forEach(wal::add);
        }
        if (wal.stream().noneMatch(file -> file.getFileName().toString().equals(stopWal))) {
            throw new IOException("The WAL segment " + stopWal + " needed by the backup is missing from " + dir.resolve("pg_wal"));
        }
        for (Path file : wal) {
            copyFile(file, name(dir, file), zip);
        }
    }

    private static String name(Path dir, Path file) {
        return DATA + dir.relativize(file).toString().replace('\\', '/');
    }

    private static void copyFile(Path file, String name, ZipOutputStream zip) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        } catch (NoSuchFileException e) {
            // Dropped meanwhile; see visitFileFailed.
        }
    }

    private static void writeEntry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** What a restore did: where the previous data went, and when the restored backup was taken. */
    public record Restored(Path directory, Path previous, String backupCreatedAt) {
    }

    /**
     * Replaces the embedded database in {@code postgresDir} with the backup in {@code source}, then starts it once to
     * check it (PostgreSQL replays the backup's WAL) and stops it. The previous data directory is kept beside it as
     * {@code postgres.before-restore-<time>}; if the restored database does not start, the previous one is put back.
     * Refused while an app (or a backup) uses the directory.
     */
    public static Restored restore(Path postgresDir, Path source) throws IOException {
        Path dir = postgresDir.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        String createdAt;
        Path previous = null;
        try (ZipFile zip = new ZipFile(source.toFile())) {
            createdAt = checkBackup(zip, source);
            Files.createDirectories(parent);
            String stamp = STAMP.format(Instant.now());
            Path incoming = parent.resolve(dir.getFileName() + ".restoring-" + stamp);
            try (DirectoryLock ignored = DirectoryLock.acquire(dir)) {
                try {
                    extract(zip, incoming);
                } catch (IOException | RuntimeException e) {
                    deleteTree(incoming);
                    throw e;
                }
                if (Files.exists(dir)) {
                    PostmasterPid.clearLeftoverServer(dir);
                    previous = parent.resolve(dir.getFileName() + ".before-restore-" + stamp);
                    Files.move(dir, previous);
                }
                Files.move(incoming, dir);
                FilePermissions.syncDirectory(parent);
            }
        }
        try (EmbeddedDatabase ignored = EmbeddedDatabase.start(dir)) {
            // Started: recovery replayed the backup's WAL, and the app's role and database are in place.
        } catch (IOException | RuntimeException e) {
            if (previous != null) {
                PostmasterPid.clearLeftoverServer(dir);
                Path failed = parent.resolve(dir.getFileName() + ".failed-restore-" + STAMP.format(Instant.now()));
                Files.move(dir, failed);
                Files.move(previous, dir);
                throw new IOException("The restored database did not start, so the previous data is back in place (the "
                        + "restored files are in " + failed + "): " + e.getMessage(), e);
            }
            throw e;
        }
        return new Restored(dir, previous, createdAt);
    }

    private static String checkBackup(ZipFile zip, Path source) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        if (manifestEntry == null || zip.getEntry(DATA + "PG_VERSION") == null || zip.getEntry(DATA + "backup_label") == null
                || zip.getEntry(DATA + "global/pg_control") == null) {
            throw new IOException(source + " is not a backup of the Sanctions Monitor embedded database.");
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (!String.valueOf(FORMAT).equals(manifest.getProperty("format"))) {
            throw new IOException(source + " has backup format " + manifest.getProperty("format") + "; this version reads format " + FORMAT + ".");
        }
        return manifest.getProperty("created");
    }

    /** Unpacks the data directory owner-only (PostgreSQL refuses a data directory others can read), refusing paths that leave it. */
    private static void extract(ZipFile zip, Path target) throws IOException {
        Files.createDirectories(target);
        FilePermissions.ownerOnlyDirectory(target);
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.getName().startsWith(DATA)) {
                continue;
            }
            Path path = target.resolve(entry.getName().substring(DATA.length())).normalize();
            if (!path.startsWith(target)) {
                throw new IOException("The backup holds a path outside the data directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                FilePermissions.ownerOnlyDirectory(path);
            } else {
                Files.createDirectories(path.getParent());
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(path)) {
                    in.transferTo(out);
                }
                FilePermissions.ownerOnlyFile(path);
                FilePermissions.syncFile(path);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Zonky's lock file in the data directory: held by every running app, so holding it proves none runs. */
    private record DirectoryLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        static DirectoryLock acquire(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return new DirectoryLock(null, null);
            }
            FileChannel channel = FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IOException("Sanctions Monitor (or a backup) is running on " + dir + ". Stop it before a restore.");
            }
            return new DirectoryLock(channel, lock);
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                lock.release();
                channel.close();
            }
        }
    }
}
