package org.sanctionsmonitor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a throwaway embedded PostgreSQL with the demo dataset. Every test class with this
 * annotation shares one Spring context (and so one database server) per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"sanctions.data-dir=target/test-data/${random.uuid}", "sanctions.demo=true"})
public @interface AppTest {
}
