package org.sanctionsmonitor.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.sanctionsmonitor.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no external database is configured, so that one command runs the app.
 * Its data lives in {@code <sanctions.data-dir>/postgres} and survives restarts; Spring closes the server on shutdown.
 * The app connects as its own role, not as the superuser ({@link EmbeddedDatabase}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(AppProperties properties, Environment environment) throws IOException {
        if (StringUtils.hasText(environment.getProperty("sanctions.replica.url"))) {
            throw new EmbeddedDatabaseException("SANCTIONS_REPLICA_URL is set, but the primary is the embedded database.",
                    "A read replica needs an external primary: set SPRING_DATASOURCE_URL (and its user and password) too.", null);
        }
        Path dataDirectory = postgresDirectory(properties);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        return EmbeddedDatabase.start(dataDirectory);
    }

    static Path postgresDirectory(AppProperties properties) {
        return properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.appUser());
        dataSource.setPassword(database.appPassword());
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
