package org.sanctionsmonitor.database;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.sanctionsmonitor.AppProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * The jar's maintenance commands for the embedded database, run instead of the web app:
 * {@code java -jar sanctions-monitor.jar --backup=<file>} and {@code --restore=<file>}. They read the same settings
 * as the app ({@code SANCTIONS_DATA_DIR}, {@code application.properties}, {@code --sanctions.data-dir=...}).
 */
public final class DatabaseCommand {

    private static final String BACKUP = "--backup=";
    private static final String RESTORE = "--restore=";

    private DatabaseCommand() {
    }

    /** True if the command line asks for a backup or a restore rather than the app. */
    public static boolean handles(String[] args) {
        return argument(args, BACKUP).isPresent() || argument(args, RESTORE).isPresent();
    }

    /** Runs the command and returns the process exit code: 0 done, 1 failed, 2 not applicable (external database). */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn")
                .run(args)) {
            if (StringUtils.hasText(settings.getEnvironment().getProperty("spring.datasource.url"))) {
                err.println("SPRING_DATASOURCE_URL is set: back up and restore that database with pg_dump and pg_restore "
                        + "(README, \"Backups\"). --backup and --restore are for the embedded database.");
                return 2;
            }
            Path postgresDir = EmbeddedPostgresConfiguration.postgresDirectory(settings.getBean(AppProperties.class));
            Optional<String> backup = argument(args, BACKUP);
            if (backup.isPresent()) {
                EmbeddedDatabaseBackup.Summary summary = EmbeddedDatabaseBackup.backup(postgresDir, Path.of(backup.get()));
                out.printf("Backed up the embedded database in %s to %s (%.1f MB).%n",
                        postgresDir, summary.file(), summary.bytes() / 1_000_000.0);
            } else {
                EmbeddedDatabaseBackup.Restored restored = EmbeddedDatabaseBackup.restore(postgresDir, Path.of(argument(args, RESTORE).orElseThrow()));
                out.printf("Restored the backup taken at %s into %s; it starts and is ready for the app.%n",
                        restored.backupCreatedAt(), restored.directory());
                if (restored.previous() != null) {
                    out.printf("The data it replaced is kept in %s; delete that folder once you no longer need it.%n", restored.previous());
                }
            }
            return 0;
        } catch (Exception e) {
            err.println("Failed: " + e.getMessage());
            return 1;
        }
    }

    private static Optional<String> argument(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .filter(value -> !value.isBlank()).findFirst();
    }

    /** Only the settings: no web server, no database, no auto-configuration. */
    @EnableConfigurationProperties(AppProperties.class)
    static class Settings {
    }
}
