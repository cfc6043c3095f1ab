package org.sanctionsmonitor.logprobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Optional JSON logs (README "Monitoring"): with {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, every line the app
 * writes is one JSON object; without it, lines stay plain text. In a JVM of its own, since the log format is set once
 * per JVM.
 */
class LogFormatTest {

    @Test
    void with_json_logs_on_in_the_production_profile_every_line_is_a_json_object() throws Exception {
        List<String> lines = probe("ecs");

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        JsonNode probe = lines.stream().map(line -> JsonMapper.shared().readTree(line))
                .filter(json -> LogFormatProbe.LINE.equals(json.path("message").asString()))
                .findFirst().orElseThrow();
        assertThat(probe.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(probe.path("log").path("logger").asString()).isEqualTo("org.sanctionsmonitor.LogFormatProbe");
    }

    @Test
    void without_it_lines_are_plain_text() throws Exception {
        List<String> lines = probe(null);

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("INFO", LogFormatProbe.LINE).doesNotStartWith("{"));
    }

    private static List<String> probe(String format) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classpath, LogFormatProbe.class.getName(), "--spring.profiles.active=production")
                .redirectErrorStream(true);
        builder.environment().remove("LOGGING_STRUCTURED_FORMAT_CONSOLE");
        if (format != null) {
            builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", format);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }
}
