package org.sanctionsmonitor.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The app in a JVM of its own, started from the test classpath, so a test can kill it as the operating system would
 * (kill -9) and start it again. Its output goes to a log file and is kept for {@link #awaitLine}.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final long startedNanos = System.nanoTime();
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> copyOutput(log), "app-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with the data directory and a free HTTP port; {@code systemProperties} are {@code -D} options. */
    static AppProcess start(Class<?> mainClass, Path dataDir, Path log, String... systemProperties) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1"));
        for (String property : systemProperties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-cp", classpath, mainClass.getName(),
                "--sanctions.data-dir=" + dataDir.toAbsolutePath(), "--server.port=" + port));
        Files.createDirectories(log.getParent());
        return new AppProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), log, port);
    }

    private void copyOutput(Path log) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                file.println(line);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process died: what it wrote so far is in the list.
        } finally {
            synchronized (lines) {
                lines.add(null);
                lines.notifyAll();
            }
        }
    }

    /** Waits until a line matches, and returns it; fails if the process ends or the time runs out first. */
    String awaitLine(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int next = 0;
            while (true) {
                for (; next < lines.size(); next++) {
                    String line = lines.get(next);
                    if (line == null) {
                        throw new AssertionError("The app ended (exit " + exitCode() + ") before the expected line; last lines:\n" + tail());
                    }
                    if (condition.test(line)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No expected line within " + timeout + "; last lines:\n" + tail());
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /** Waits until the process has ended and all its output is read. */
    void awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.isEmpty() || lines.getLast() != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("The app did not end within " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    Optional<String> findLine(Predicate<String> condition) {
        synchronized (lines) {
            return lines.stream().filter(line -> line != null && condition.test(line)).findFirst();
        }
    }

    List<String> lines(Predicate<String> condition) {
        synchronized (lines) {
            return lines.stream().filter(line -> line != null && condition.test(line)).toList();
        }
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    int port() {
        return port;
    }

    /** kill -9: the JVM gets no chance to shut anything down. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM): Spring shuts down and stops the embedded database. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private String exitCode() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    private String tail() {
        List<String> all = lines.stream().filter(line -> line != null).toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
