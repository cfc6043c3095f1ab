package org.sanctionsmonitor.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's {@code postmaster.pid} in a data directory: the server's process id (line 1), its data directory
 * (line 2) and its port (line 4). The server is a separate process, so after the app is killed (kill -9, out of
 * memory) it keeps running and holds the data directory; the next start finds it here and stops it.
 */
record PostmasterPid(long pid, Path dataDirectory, int port) {

    static final String FILE_NAME = "postmaster.pid";

    private static final Logger log = LoggerFactory.getLogger(PostmasterPid.class);

    static Optional<PostmasterPid> read(Path dataDirectory) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve(FILE_NAME));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        // Fewer lines: being written by a starting server, or cut short; the fields we lack stay unknown (null, -1).
        long pid = lines.isEmpty() ? -1 : parse(lines.get(0));
        Path directory = lines.size() > 1 && !lines.get(1).isBlank() ? Path.of(lines.get(1).strip()) : null;
        int port = lines.size() > 3 ? (int) parse(lines.get(3)) : -1;
        return Optional.of(new PostmasterPid(pid, directory, port));
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The live PostgreSQL server that owns this data directory and listens on a known port, if there is one. */
    static Optional<PostmasterPid> liveServer(Path dataDirectory) throws IOException {
        return read(dataDirectory).filter(pid -> pid.port > 0 && pid.isPostgres() && pid.serves(dataDirectory));
    }

    private boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private boolean isPostgres() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().command())
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .isPresent();
    }

    private boolean serves(Path directory) {
        try {
            return dataDirectory != null && Files.isSameFile(dataDirectory, directory);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Called with the data directory locked against other instances of the app (zonky's {@code epg-lock}), so a live
     * server found here was left behind by an app that died: it is stopped cleanly ({@code pg_ctl stop -m fast}, which
     * rolls back open transactions and keeps every committed one). A {@code postmaster.pid} whose process is gone is
     * harmless (PostgreSQL replaces it); one whose process id now belongs to another program, or to a server of another
     * data directory (the file was copied), would make PostgreSQL refuse to start, so it is removed.
     */
    static void clearLeftoverServer(Path dataDirectory) throws IOException {
        Optional<PostmasterPid> found = read(dataDirectory);
        if (found.isEmpty()) {
            return;
        }
        PostmasterPid pid = found.get();
        if (!pid.isAlive()) {
            log.info("Found a stale {} in {} (process {} is gone): the app was not shut down cleanly last time.",
                    FILE_NAME, dataDirectory, pid.pid());
        } else if (pid.isPostgres() && pid.serves(dataDirectory)) {
            log.warn("A PostgreSQL server (pid {}) is still running on {}, left by an earlier run of the app that did not "
                    + "shut down (killed or crashed); stopping it.", pid.pid(), dataDirectory);
            long started = System.nanoTime();
            PostgresBinaries.run("pg_ctl", List.of("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"), "", 90);
            log.info("Stopped the leftover PostgreSQL server in {} ms.", (System.nanoTime() - started) / 1_000_000);
        } else if (pid.dataDirectory() != null) {
            log.warn("Removing a stale {} in {}: its process id {} now belongs to another program.", FILE_NAME, dataDirectory, pid.pid());
            Files.deleteIfExists(dataDirectory.resolve(FILE_NAME));
        }
        // Otherwise the file is incomplete and its process alive: leave the decision to PostgreSQL, which reports it.
    }
}
