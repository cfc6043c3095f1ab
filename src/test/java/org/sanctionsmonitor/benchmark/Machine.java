package org.sanctionsmonitor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a benchmark report says about where and on what it ran. */
final class Machine {

    private Machine() {
    }

    static List<String> header(JdbcClient jdbc) {
        return List.of(
                "Measured " + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC on "
                        + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, JDK " + Runtime.version().feature()
                        + ", " + jdbc.sql("SHOW server_version").query(String.class).single().replaceAll(" .*", "") + " (PostgreSQL)"
                        + "; load average before: " + loadAverage(),
                "Data: " + jdbc.sql("""
                        SELECT format('%s incidents (%s published), %s sources, %s statements, %s incident-source links, %s parties, %s provision links, %s pending revisions',
                          to_char((SELECT count(*) FROM visible_incidents(true)), 'FM999,999,999'),
                          to_char((SELECT count(*) FROM published_incidents()), 'FM999,999,999'),
                          to_char((SELECT count(*) FROM visible_sources(true)), 'FM999,999,999'),
                          to_char((SELECT count(*) FROM visible_statements(true)), 'FM999,999,999'),
                          to_char((SELECT count(*) FROM incident_source), 'FM999,999,999'),
                          to_char((SELECT count(*) FROM incident_party), 'FM999,999,999'),
                          to_char((SELECT count(*) FROM incident_provision), 'FM999,999,999'),
                          to_char((SELECT count(*) FROM pending_revision), 'FM999,999,999'))""").query(String.class).single());
    }

    static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.replaceFirst("model name\\s*:\\s*", "")).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
