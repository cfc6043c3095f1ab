package org.sanctionsmonitor.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A PostgreSQL streaming replica for reads ({@code sanctions.replica.*}, environment {@code SANCTIONS_REPLICA_*}); off
 * while {@code url} is empty. The user and password default to the primary's ({@code SPRING_DATASOURCE_*}).
 *
 * @param url      JDBC URL of the replica
 * @param username its user, if not the primary's
 * @param password its password, if not the primary's
 */
@ConfigurationProperties("sanctions.replica")
public record ReplicaProperties(String url, String username, String password) {
}
