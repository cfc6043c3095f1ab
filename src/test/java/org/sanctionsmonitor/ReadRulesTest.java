package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The read rules live in one place each: who may see what in {@code db-migrations/R__read_rules.sql}, page locations in
 * {@code base/Pages}. These tests read the application's Java sources and fail when SQL there tests a workflow state,
 * reads an editorial table without going through the visibility functions, lists stances or builds a route.
 */
class ReadRulesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void no_sql_in_the_code_tests_for_published_itself() {
        assertThat(matches(Pattern.compile("'PUBLISHED'"))).isEmpty();
    }

    @Test
    void every_read_of_incidents_sources_and_statements_goes_through_the_visibility_functions() {
        assertThat(matches(Pattern.compile("(?i)\\b(FROM|JOIN)\\s+(incident|source|statement)\\b(?!_)"))).isEmpty();
    }

    @Test
    void no_sql_in_the_code_lists_which_stances_allege_or_deny() {
        assertThat(matches(Pattern.compile("'(ALLEGES|DENIES|CONFIRMS|CONDEMNS|DECLINES_TO_COMMENT)'"))).isEmpty();
    }

    @Test
    void no_sql_in_the_code_builds_a_page_location() {
        assertThat(matches(Pattern.compile("'(incidents|sources|statements|resolutions|countries)/'"))).isEmpty();
    }

    @Test
    void the_checks_above_do_find_what_they_look_for() {
        assertThat(Pattern.compile("(?i)\\b(FROM|JOIN)\\s+(incident|source|statement)\\b(?!_)").matcher("LEFT JOIN source s ON").find()).isTrue();
        assertThat(Pattern.compile("(?i)\\b(FROM|JOIN)\\s+(incident|source|statement)\\b(?!_)").matcher("JOIN incident_party p").find()).isFalse();
        assertThat(matches(Pattern.compile("visible_incidents\\("))).isNotEmpty();
    }

    /** "File:line: text" of every line of the application's Java sources that matches. */
    private static List<String> matches(Pattern pattern) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                List<String> lines = read(file);
                return java.util.stream.IntStream.range(0, lines.size())
                        .filter(i -> pattern.matcher(lines.get(i)).find())
                        .mapToObj(i -> SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
