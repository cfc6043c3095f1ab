package org.sanctionsmonitor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.demo.SyntheticData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every read path ({@link ReadPaths}) through the app's service and, in the same run, as the bare SQL that service sent
 * (recorded and replayed on a bare connection): median, 95th percentile, their ratio and the number of SQL statements.
 * Not part of {@code verify} (the name ends in neither Test nor IT) and asserts nothing. Run it on a generated database:
 * <pre>
 * java -jar target/sanctions-monitor.jar --generate=1000000 --sanctions.data-dir=/tmp/pg-1m
 * ./mvnw test -Dtest=ReadPathBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.data-dir=/tmp/pg-1m
 * </pre>
 * Options: {@code -Dbench.generate=100000} generates into the throwaway database first (when no data dir is given);
 * {@code -Dbench.paths=<regex>} measures only the paths whose group or name matches; {@code -Dbench.seconds=20} is the
 * time budget per path (at least 5 and at most 25 runs of each, after 2 warm-ups, service and SQL alternating). The
 * table is printed and written to {@code target/benchmarks/read-paths.md}.
 */
@BenchmarkApp
@WithMockUser(username = "viewer", roles = "VIEWER")
class ReadPathBenchmark {

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        int generate = Integer.getInteger("bench.generate", 0);
        if (generate > 0) {
            new SyntheticData(dataSource, System.out::println).generate(generate, 42);
        }
        Pattern only = Pattern.compile(System.getProperty("bench.paths", ".*"));
        double budget = Double.parseDouble(System.getProperty("bench.seconds", "20")) * 1e9;
        List<String> report = new ArrayList<>(Machine.header(jdbc));
        report.add("");
        report.add("| path | SQL statements | bare SQL median | bare SQL p95 | service median | service p95 | ratio (median) | ratio (p95) | runs |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        for (ReadPath path : new ReadPaths(app).all()) {
            if (!only.matcher(path.group() + " " + path.name()).find()) {
                continue;
            }
            List<SqlRecorder.Sql> sql = SqlRecorder.record(path.call());
            Timing service = new Timing();
            Timing bare = new Timing();
            for (int i = 0; i < 2; i++) {
                path.call().get();
                SqlRecorder.replay(sql);
            }
            long start = System.nanoTime();
            while (service.runs() < 25 && (service.runs() < 5 || System.nanoTime() - start < budget)) {
                long t0 = System.nanoTime();
                SqlRecorder.replay(sql);
                long t1 = System.nanoTime();
                path.call().get();
                long t2 = System.nanoTime();
                bare.add(t1 - t0);
                service.add(t2 - t1);
            }
            String row = String.format("| %s | %d | %s ms | %s ms | %s ms | %s ms | %.2f | %.2f | %d |", path.name(), sql.size(),
                    Timing.ms(bare.median()), Timing.ms(bare.p95()), Timing.ms(service.median()), Timing.ms(service.p95()),
                    service.median() / bare.median(), service.p95() / bare.p95(), service.runs());
            System.out.println(row);
            report.add(row);
        }
        report.add("");
        report.add("Load average after the run: " + Machine.loadAverage());
        System.out.println("\n==== Read paths: service against its bare SQL ====");
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "read-paths-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }
}
