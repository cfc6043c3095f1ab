package org.sanctionsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.cluster.yml (two app instances behind HAProxy, a primary with a streaming replica) cannot be started
 * on the build machines, so this checks what can be checked without Docker: the apps' settings are settings the app
 * reads, the proxy keeps sessions sticky and sends traffic to ready instances only, forwarded headers are trusted from
 * the proxy alone, the replica is made from the primary the way the primary's init script allows.
 */
class ClusterComposeFileTest {

    private static final Set<String> SPRING_SETTINGS = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD", "SPRING_PROFILES_ACTIVE", "MANAGEMENT_SERVER_PORT", "JAVA_TOOL_OPTIONS");

    private final Map<String, Object> compose = load();
    private final String haproxy = read("deploy/haproxy/haproxy.cfg");

    @Test
    void two_identical_app_instances_run_the_production_profile_on_the_primary_with_the_replica_for_reads() {
        Map<String, Object> app1 = environment("app1");
        Map<String, Object> app2 = environment("app2");

        assertThat(app1).isEqualTo(app2);
        assertThat(app1.get("SPRING_PROFILES_ACTIVE")).isEqualTo("production");
        assertThat((String) app1.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://db:5432/");
        assertThat((String) app1.get("SANCTIONS_REPLICA_URL")).startsWith("jdbc:postgresql://db-replica:5432/");
        assertThat(service("app1").get("ports")).as("only the proxy is published").isNull();
        assertThat(map(service("proxy")).get("ports").toString()).contains("8080:8080");
    }

    @Test
    void every_app_environment_variable_is_a_setting_the_app_reads() {
        String properties = read("src/main/resources/application.properties") + read("src/main/resources/application-production.properties");

        for (String variable : environment("app1").keySet()) {
            boolean read = SPRING_SETTINGS.contains(variable) || properties.contains("${" + variable + ":");
            assertThat(read).as("app reads %s", variable).isTrue();
        }
    }

    @Test
    void the_proxy_keeps_each_session_on_its_instance_and_checks_readiness_on_the_management_port() {
        String port = String.valueOf(environment("app1").get("MANAGEMENT_SERVER_PORT"));

        assertThat(haproxy).containsPattern("(?m)^\\s*cookie SM_INSTANCE insert indirect nocache");
        assertThat(haproxy).containsPattern("(?m)^\\s*option httpchk GET /actuator/health/readiness$");
        assertThat(haproxy).containsPattern("(?m)^\\s*default-server check .*port " + port + "$");
        List<String> servers = Pattern.compile("(?m)^\\s*server (\\S+) (\\S+):8080 cookie (\\S+)$").matcher(haproxy).results()
                .map(match -> match.group(1) + " " + match.group(2) + " " + match.group(3)).toList();
        assertThat(servers).containsExactly("app1 app1 app1", "app2 app2 app2");
        assertThat(map(compose.get("services")).keySet()).contains("app1", "app2");
    }

    @Test
    void forwarded_headers_are_trusted_from_the_proxys_address_only_and_the_proxy_drops_what_clients_send() throws Exception {
        String proxy = (String) map(map(service("proxy").get("networks")).get("backend")).get("ipv4_address");
        String trusted = (String) environment("app1").get("SANCTIONS_TRUSTED_PROXIES");

        assertThat(trusted).isEqualTo(proxy + "/32");
        assertThat(inCidr(proxy, trusted)).isTrue();
        assertThat(inCidr("172.28.0.11", trusted)).as("another container on the network").isFalse();
        for (String header : List.of("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Port")) {
            assertThat(haproxy).contains("http-request del-header " + header);
        }
        assertThat(haproxy).containsPattern("(?m)^\\s*option forwardfor$");
    }

    @Test
    void the_replica_is_a_base_backup_of_the_primary_through_the_slot_and_login_the_primary_creates() {
        String init = read("deploy/postgres/primary-init.sh");
        String replica = String.join("\n", (List<String>) service("db-replica").get("command"));
        Matcher slot = Pattern.compile("pg_create_physical_replication_slot\\('(\\w+)'\\)").matcher(init);

        assertThat(slot.find()).isTrue();
        assertThat(replica).contains("pg_basebackup --host=db --username=replicator", "--slot=" + slot.group(1), "--write-recovery-conf");
        assertThat(init).contains("CREATE ROLE replicator WITH REPLICATION LOGIN", "host replication replicator all scram-sha-256");
        assertThat(service("db").get("volumes").toString()).contains("./deploy/postgres/primary-init.sh:/docker-entrypoint-initdb.d/");
        assertThat(service("db-replica").get("image")).isEqualTo(service("db").get("image")).isEqualTo("postgres:17");
    }

    @Test
    void no_password_is_written_into_the_compose_file() {
        assertThat((String) environment("app1").get("SPRING_DATASOURCE_PASSWORD")).startsWith("${");
        assertThat((String) environment("app1").get("SANCTIONS_ADMIN_PASSWORD")).startsWith("${");
        assertThat((String) map(service("db").get("environment")).get("POSTGRES_PASSWORD")).startsWith("${");
        assertThat((String) map(service("db").get("environment")).get("REPLICATION_PASSWORD")).startsWith("${");
        assertThat((String) map(service("db-replica").get("environment")).get("PGPASSWORD")).startsWith("${");
    }

    private Map<String, Object> service(String name) {
        return map(map(compose.get("services")).get(name));
    }

    private Map<String, Object> environment(String name) {
        return map(service(name).get("environment"));
    }

    private static boolean inCidr(String address, String cidr) throws IOException {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        BigInteger network = new BigInteger(1, InetAddress.getByName(parts[0]).getAddress());
        BigInteger candidate = new BigInteger(1, InetAddress.getByName(address).getAddress());
        return network.shiftRight(32 - bits).equals(candidate.shiftRight(32 - bits));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> load() {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.cluster.yml"))) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
