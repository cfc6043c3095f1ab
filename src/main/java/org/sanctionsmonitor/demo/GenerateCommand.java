package org.sanctionsmonitor.demo;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar sanctions-monitor.jar --generate=1000000 [--seed=42]}: fills the database the app would use (the
 * embedded one in {@code SANCTIONS_DATA_DIR}, or {@code SPRING_DATASOURCE_URL}) with generated incidents, sources and
 * statements ({@link SyntheticData}), instead of serving the app. It starts the app as usual but on a loopback port of
 * its own, so that the database is migrated and, in demo mode, the demo dataset loaded first; it adds to what is there,
 * then stops.
 */
public final class GenerateCommand {

    private static final String GENERATE = "--generate=";
    private static final String SEED = "--seed=";

    private GenerateCommand() {
    }

    public static boolean handles(String[] args) {
        return argument(args, GENERATE).isPresent();
    }

    /** Runs the command and returns the process exit code: 0 done, 1 failed. */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        int incidents;
        long seed;
        try {
            incidents = Integer.parseInt(argument(args, GENERATE).orElseThrow().replace("_", "").replace(",", ""));
            seed = Long.parseLong(argument(args, SEED).orElse("42"));
            if (incidents < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            err.println("Give the number of incidents to generate, e.g. --generate=100000, and optionally --seed=<number>.");
            return 1;
        }
        // The app's own start (migrations, the demo load in demo mode) on a port nobody is told of, closed when done: the
        // web app's views need a servlet context even when no request comes.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("server.port=0", "server.address=127.0.0.1", "logging.level.root=warn",
                        "logging.level.org.sanctionsmonitor=info")
                .run(args)) {
            out.printf("Generating %,d incidents with their sources, statements and links (seed %d)...%n", incidents, seed);
            SyntheticData.Summary summary = new SyntheticData(app.getBean(DataSource.class), out::println).generate(incidents, seed);
            out.printf("Generated %,d incidents, %,d new sources, %,d statements, %,d parties, %,d provision links and %,d pending "
                    + "revisions in %.0f s.%n", summary.incidents(), summary.sources(), summary.statements(), summary.parties(),
                    summary.provisionLinks(), summary.pendingRevisions(), summary.seconds());
            return 0;
        } catch (Exception e) {
            err.println("Failed: " + e.getMessage());
            e.printStackTrace(err);
            return 1;
        }
    }

    private static Optional<String> argument(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .filter(value -> !value.isBlank()).findFirst();
    }
}
