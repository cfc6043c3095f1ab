package org.sanctionsmonitor.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app for the benchmarks, in production mode on a random port, with every SQL statement counted
 * ({@link SqlRecorder}). It runs on the database in {@code -Dbench.data-dir=<dir>} (an embedded database filled by
 * {@code --generate}, e.g. {@code /tmp/pg-1m}), or on a throwaway one with the demo data when that is not given. Every
 * benchmark class carries this one annotation, so that they share one app when run together.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sanctions.data-dir=${bench.data-dir:target/test-data/${random.uuid}}", "sanctions.demo=true",
        "vaadin.productionMode=true"})
@Import(SqlRecorder.class)
public @interface BenchmarkApp {
}
