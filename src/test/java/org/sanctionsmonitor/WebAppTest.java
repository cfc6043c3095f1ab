package org.sanctionsmonitor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port (real Tomcat, real security filters), on a throwaway embedded PostgreSQL with
 * the demo dataset, for tests that speak HTTP to it (see {@link WebClient}). Test classes with this annotation share
 * one Spring context per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sanctions.data-dir=target/test-data/${random.uuid}", "sanctions.demo=true"})
public @interface WebAppTest {
}
