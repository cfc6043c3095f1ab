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

    /**
     * Bulk generation in SQL for benchmarks: fast, and shaped like the demo data (five in six published, every
     * precision, dates 2015 to 2025, ten countries, statements about every second incident). Rows are made by 'bench'.
     */
    public static void bulk(JdbcClient jdbc, int n) {
        jdbc.sql("""
                INSERT INTO incident (kind, title, category, date_from, date_to, date_precision, status, confidence,
                                      workflow_state, created_by, updated_by)
                SELECT CASE WHEN g % 5 = 0 THEN 'EVENT' ELSE 'VIOLATION' END,
                       'Generated incident ' || g,
                       (ARRAY['ARTILLERY_AMMUNITION','BALLISTIC_MISSILES','DRONES','TROOPS','SHIPPING','OTHER_MATERIEL','DIPLOMATIC','UN_ACTION'])[1 + g % 8],
                       d, CASE g % 4 WHEN 2 THEN (date_trunc('month', d) + interval '1 month - 1 day')::date
                                     WHEN 3 THEN (date_trunc('year', d) + interval '1 year - 1 day')::date ELSE d END,
                       (ARRAY['DAY','DAY','MONTH','YEAR'])[1 + g % 4],
                       (ARRAY['ALLEGED','CORROBORATED','CONFIRMED','DISPUTED','RETRACTED'])[1 + g % 5], 'MEDIUM',
                       CASE WHEN g % 6 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'bench', 'bench'
                FROM (SELECT g, CASE g % 4 WHEN 2 THEN date_trunc('month', x)::date WHEN 3 THEN date_trunc('year', x)::date ELSE x END AS d
                      FROM (SELECT g, DATE '2015-01-01' + (g * 7919 % 4000) AS x FROM generate_series(1, :n) g) s) t
                """).param("n", n).update();
        String[] countries = {"KP", "RU", "IR", "BY", "CN", "SY", "UA", "YE", "SD", "MM"};
        jdbc.sql("""
                INSERT INTO incident_party (incident_id, country_code, role)
                SELECT id, (:codes::text[])[1 + id % 10], CASE kind WHEN 'EVENT' THEN 'PARTICIPANT' ELSE 'SUPPLIER' END
                FROM incident WHERE created_by = 'bench'
                UNION ALL
                SELECT id, (:codes::text[])[1 + (id / 10 + 1) % 10], CASE kind WHEN 'EVENT' THEN 'HOST' ELSE 'RECIPIENT' END FROM incident
                  WHERE created_by = 'bench' AND (id / 10 + 1) % 10 <> id % 10
                UNION ALL
                SELECT id, (:codes::text[])[1 + (id / 7) % 10], CASE kind WHEN 'EVENT' THEN 'SUBJECT' ELSE 'TRANSIT' END FROM incident
                  WHERE created_by = 'bench' AND id % 4 = 0 AND (id / 7) % 10 NOT IN (id % 10, (id / 10 + 1) % 10)
                """).param("codes", "{" + String.join(",", countries) + "}").update();
        jdbc.sql("""
                INSERT INTO incident_provision (incident_id, provision_id, rationale)
                SELECT i.id, p.id, 'generated' FROM incident i
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM provision) p
                  ON p.k = i.id % p.total OR (i.id % 2 = 0 AND p.k = (i.id * 7 + 3) % p.total)
                WHERE i.created_by = 'bench'
                """).update();
        jdbc.sql("""
                WITH s AS (
                    INSERT INTO statement (said_on, stance, summary, incident_id, workflow_state, created_by, updated_by)
                    SELECT date_from + (id % 30)::int, (ARRAY['ALLEGES','DENIES','CONFIRMS','CONDEMNS','DECLINES_TO_COMMENT'])[1 + id % 5],
                           'generated', id, 'PUBLISHED', 'bench', 'bench'
                    FROM incident WHERE created_by = 'bench' AND id % 2 = 0
                    RETURNING id),
                speakers AS (INSERT INTO statement_speaker (statement_id, actor_id) SELECT id, (SELECT min(id) FROM actor) FROM s)
                INSERT INTO statement_signatory (statement_id, country_code) SELECT id, (ARRAY['KP','RU','IR','US','UA'])[1 + id % 5] FROM s
                """).update();
    }

    private static void party(StringBuilder batch, long incident, String country, String role) {
        batch.append("INSERT INTO incident_party (incident_id, country_code, role) VALUES (").append(incident).append(", '")
                .append(country).append("', '").append(role).append("') ON CONFLICT DO NOTHING;\n");
    }
}
