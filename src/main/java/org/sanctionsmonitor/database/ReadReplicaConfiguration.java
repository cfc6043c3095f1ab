package org.sanctionsmonitor.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * With {@code SANCTIONS_REPLICA_URL} (and an external primary, {@code SPRING_DATASOURCE_URL}), read-only work goes to a
 * PostgreSQL streaming replica and everything else to the primary: two connection pools ({@code primary} and
 * {@code replica}, both with the {@code spring.datasource.hikari.*} settings) behind one {@link ReadReplicaRouting}
 * data source, which the app's transactions, repositories and queries use. Flyway migrates the primary only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${sanctions.replica.url:}' != '' && '${spring.datasource.url:}' != ''")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReadReplicaConfiguration {

    static final Duration REPLICA_CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    @Bean
    @FlywayDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties primary) {
        HikariDataSource pool = primary.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("primary");
        return pool;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource replicaDataSource(DataSourceProperties primary, ReplicaProperties replica) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(replica.url());
        pool.setUsername(StringUtils.hasText(replica.username()) ? replica.username() : primary.determineUsername());
        pool.setPassword(StringUtils.hasText(replica.password()) ? replica.password() : primary.determinePassword());
        pool.setPoolName("replica");
        pool.setReadOnly(true);
        return pool;
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryDataSource") DataSource primary, @Qualifier("replicaDataSource") HikariDataSource replica) {
        // A reader waits at most this long for a replica that went away before reading from the primary instead.
        replica.setConnectionTimeout(Math.min(replica.getConnectionTimeout(), REPLICA_CONNECTION_TIMEOUT.toMillis()));
        return new ReadReplicaRouting(primary, replica);
    }
}
