package org.sanctionsmonitor.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts generated incidents (with parties, cited provisions) and statements, in every workflow state, with a fixed
 * seed. Tests call it inside a rolled-back transaction; the benchmark calls it with 100,000.
 */
public final class GeneratedData {

    private static final String[] CATEGORIES = {"ARTILLERY_AMMUNITION", "BALLISTIC_MISSILES", "DRONES", "TROOPS", "SHIPPING",
            "OTHER_MATERIEL", "DIPLOMATIC", "UN_ACTION"};
    private static final String[] STATUSES = {"ALLEGED", "CORROBORATED", "CONFIRMED", "DISPUTED", "RETRACTED"};
    private static final String[] STATES = {"PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "IN_REVIEW", "ARCHIVED"};
    private static final String[] PRECISIONS = {"DAY", "DAY", "MONTH", "YEAR"};
    private static final String[] COUNTRIES = {"KP", "RU", "IR", "BY", "CN", "SY", "UA", "YE"};
    private static final String[] STANCES = {"ALLEGES", "DENIES", "CONFIRMS", "CONDEMNS", "DECLINES_TO_COMMENT"};

    private GeneratedData() {
    }

    public static void insert(JdbcClient jdbc, int incidents, long seed) {
        Random random = new Random(seed);
        List<Long> provisions = jdbc.sql("SELECT id FROM provision ORDER BY id").query(Long.class).list();
        long actor = jdbc.sql("SELECT min(id) FROM actor").query(Long.class).single();
        StringBuilder batch = new StringBuilder();
        for (int n = 0; n < incidents; n++) {
            String precision = PRECISIONS[random.nextInt(PRECISIONS.length)];
            LocalDate from = LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate to = from;
            switch (precision) {
                case "MONTH" -> {
                    from = from.withDayOfMonth(1);
                    to = from.plusMonths(1).minusDays(1);
                }
                case "YEAR" -> {
                    from = from.withDayOfYear(1);
                    to = from.plusYears(1).minusDays(1);
                }
                default -> to = from.plusDays(random.nextInt(3) == 0 ? random.nextInt(60) : 0);
            }
            String kind = random.nextInt(5) == 0 ? "EVENT" : "VIOLATION";
            long id = jdbc.sql("""
                    INSERT INTO incident (kind, title, category, date_from, date_to, date_precision, status, confidence,
                                          workflow_state, created_by, updated_by, updated_at)
                    VALUES (:kind, :title, :category, :from, :to, :precision, :status, 'MEDIUM', :state, 'gen', 'gen',
                            now() - make_interval(mins => :age))
                    RETURNING id""")
                    .param("kind", kind)
                    .param("title", "Generated incident " + n)
                    .param("category", CATEGORIES[random.nextInt(CATEGORIES.length)])
                    .param("from", from).param("to", to).param("precision", precision)
                    .param("status", STATUSES[random.nextInt(STATUSES.length)])
                    .param("state", STATES[random.nextInt(STATES.length)])
                    .param("age", random.nextInt(100_000))
                    .query(Long.class).single();
            String supplier = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String recipient = COUNTRIES[random.nextInt(COUNTRIES.length)];
            boolean event = kind.equals("EVENT");
            if (random.nextInt(6) > 0) {
                party(batch, id, supplier, event ? "PARTICIPANT" : "SUPPLIER");
            }
            if (random.nextInt(6) > 0 && !recipient.equals(supplier)) {
                party(batch, id, recipient, event ? "HOST" : "RECIPIENT");
            }
            if (random.nextInt(4) == 0) {
                party(batch, id, COUNTRIES[random.nextInt(COUNTRIES.length)], event ? "SUBJECT" : "TRANSIT");
            }
            int cited = random.nextInt(3);
            for (int c = 0; c < cited; c++) {
                batch.append("INSERT INTO incident_provision (incident_id, provision_id, rationale) VALUES (")
                        .append(id).append(", ").append(provisions.get(random.nextInt(provisions.size())))
                        .append(", 'generated') ON CONFLICT DO NOTHING;\n");
            }
            if (random.nextInt(2) == 0) {
                // A statement by the first actor, signed by a country, about the incident.
                batch.append("WITH s AS (INSERT INTO statement (said_on, stance, summary, incident_id, workflow_state, created_by, updated_by)"
                        + " VALUES (DATE '").append(from.plusDays(random.nextInt(90))).append("', '")
                        .append(STANCES[random.nextInt(STANCES.length)]).append("', 'generated', ").append(id).append(", '")
                        .append(STATES[random.nextInt(STATES.length)]).append("', 'gen', 'gen') RETURNING id),")
                        .append(" speaker AS (INSERT INTO statement_speaker (statement_id, actor_id) SELECT id, ").append(actor)
                        .append(" FROM s) INSERT INTO statement_signatory (statement_id, country_code) SELECT id, '")
                        .append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append("' FROM s;\n");
            }
            if (batch.length() > 200_000) {
                jdbc.sql(batch.toString()).update();
                batch.setLength(0);
            }
        }
        if (!batch.isEmpty()) {
            jdbc.sql(batch.toString()).update();
        }
    }

    private static void party(StringBuilder batch, long incident, String country, String role) {
        batch.append("INSERT INTO incident_party (incident_id, country_code, role) VALUES (").append(incident).append(", '")
                .append(country).append("', '").append(role).append("') ON CONFLICT DO NOTHING;\n");
    }
}
