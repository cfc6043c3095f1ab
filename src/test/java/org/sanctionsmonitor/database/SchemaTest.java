package org.sanctionsmonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The schema on a real PostgreSQL: Flyway applies it to an empty database, Hibernate validates it, and its constraints hold. */
@AppTest
@Transactional
class SchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase embeddedDatabase;

    @Test
    void migrations_apply_to_an_empty_postgresql_17() {
        // The context started, so Hibernate's ddl-auto=validate accepted every entity against this schema.
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
        assertThat(embeddedDatabase.port()).isPositive();
    }

    @Test
    void every_iso_3166_country_is_present() {
        assertThat(jdbc.sql("SELECT count(*) FROM country").query(Integer.class).single()).isEqualTo(249);
        assertThat(jdbc.sql("SELECT name FROM country WHERE code = 'KP'").query(String.class).single()).isEqualTo("North Korea (DPRK)");
    }

    @Test
    void an_incident_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> insertIncident("2023-09-15", "2023-09-13"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("incident_check");
    }

    @Test
    void an_incident_party_must_be_a_known_country() {
        long incident = insertIncident("2023-09-13", "2023-09-13");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO incident_party (incident_id, country_code, role) VALUES (:id, 'XX', 'SUPPLIER')")
                .param("id", incident).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("incident_party_country_code_fkey");
    }

    @Test
    void a_resolution_cannot_have_two_provisions_with_the_same_label() {
        long resolution = jdbc.sql("SELECT id FROM resolution WHERE number = 1718").query(Long.class).single();
        String label = jdbc.sql("SELECT label FROM provision WHERE resolution_id = :id LIMIT 1").param("id", resolution)
                .query(String.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO provision (resolution_id, label, measure_type, summary, binding, verification)
                VALUES (:id, :label, 'OTHER', 'duplicate', true, 'VERIFIED')""")
                .param("id", resolution).param("label", label).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("provision_resolution_id_label_key");
    }

    @Test
    void enumerations_reject_unknown_values() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO incident (kind, title, category, date_from, date_to, date_precision, status, confidence, created_by, updated_by)
                VALUES ('VIOLATION', 't', 'ARTILLERY_AMMUNITION', DATE '2023-01-01', DATE '2023-01-01', 'DAY', 'PROVEN', 'LOW', 'x', 'x')""")
                .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("incident_status_check");
    }

    @Test
    void a_source_url_is_unique() {
        String url = jdbc.sql("SELECT url FROM source LIMIT 1").query(String.class).single();
        assertThatThrownBy(() -> insertSource(url)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("source_url_key");
    }

    @Test
    void a_source_url_must_be_a_web_address() {
        assertThatThrownBy(() -> insertSource("javascript:alert(1)")).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("source_url_check");
    }

    @Test
    void a_provision_period_cannot_end_before_it_starts() {
        long provision = jdbc.sql("SELECT id FROM provision LIMIT 1").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO provision_period (provision_id, in_force_from, in_force_until) VALUES (:id, DATE '2020-01-02', DATE '2020-01-01')""")
                .param("id", provision).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("provision_period_check");
    }

    private long insertIncident(String from, String to) {
        return jdbc.sql("""
                INSERT INTO incident (kind, title, category, date_from, date_to, date_precision, status, confidence, created_by, updated_by)
                VALUES ('VIOLATION', 'test', 'ARTILLERY_AMMUNITION', CAST(:from AS date), CAST(:to AS date), 'DAY', 'ALLEGED', 'LOW', 'test', 'test')
                RETURNING id""").param("from", from).param("to", to).query(Long.class).single();
    }

    private void insertSource(String url) {
        jdbc.sql("""
                INSERT INTO source (type, outlet, url, language, title_original, created_by, updated_by)
                VALUES ('NEWS_ARTICLE', 'Test', :url, 'en', 'Title', 'test', 'test')""").param("url", url).update();
    }
}
