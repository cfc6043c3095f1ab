package org.sanctionsmonitor.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sanctionsmonitor.editorial.WorkflowState;

/**
 * Fills a database with realistic synthetic data at a chosen scale, for benchmarks and load tests (the
 * {@code --generate} command, {@link GenerateCommand}). Per incident: 1–5 cited sources (half of them cited by other
 * incidents too), 0–4 statements about it with their speakers and sometimes signatories, 1–3 cited provisions;
 * countries and categories skewed as in real reporting (North Korea, Iran and Russia supply most, Russia receives most);
 * dates from 2006 to today, more in recent years, known to the day, month or year; titles, excerpts and quotes in eight
 * languages and five scripts; about one in eight records unpublished (drafts, in review, withdrawn) and one published
 * incident in fifty with a pending revision or withdrawal.
 * <p>
 * Rows go in with PostgreSQL's {@code COPY}, a batch per transaction, with ids reserved from the tables' own sequences
 * while the tables are locked against other writers (readers go on). Each batch commits on its own, so the read models
 * are brought up to date batch by batch, as after an import. The same seed gives the same data.
 */
public final class SyntheticData {

    /** Who the generated records name as author: recognisable, and never a real account. */
    public static final String AUTHOR_PREFIX = "generated-";

    private static final int BATCH = 20_000;
    private static final int FIRST_YEAR = 2006;

    private static final String[] SUPPLIER_HEAD = {"KP", "IR", "RU", "CN", "BY", "SY", "MM", "PK"};
    private static final int[] SUPPLIER_WEIGHTS = {30, 18, 14, 8, 5, 3, 2, 2, 18};
    private static final String[] RECIPIENT_HEAD = {"RU", "KP", "IR", "SY", "YE", "SD", "MM", "VE", "LY", "ER"};
    private static final int[] RECIPIENT_WEIGHTS = {30, 10, 8, 7, 6, 4, 4, 3, 3, 2, 23};
    private static final String[] STATUSES = {"ALLEGED", "CORROBORATED", "CONFIRMED", "DISPUTED", "RETRACTED"};
    private static final int[] STATUS_WEIGHTS = {50, 22, 12, 12, 4};
    private static final String[] CONFIDENCES = {"LOW", "MEDIUM", "HIGH"};
    private static final String[] STANCES = {"ALLEGES", "DENIES", "CONFIRMS", "CONDEMNS", "DECLINES_TO_COMMENT", "REPORTS"};
    private static final int[] STANCE_WEIGHTS = {38, 27, 8, 12, 8, 7};
    private static final String[] SOURCE_TYPES = {"NEWS_ARTICLE", "OFFICIAL_DOCUMENT", "UN_DOCUMENT", "RESEARCH_REPORT", "OTHER"};
    private static final int[] SOURCE_TYPE_WEIGHTS = {70, 10, 8, 10, 2};

    private final DataSource dataSource;
    private final Consumer<String> progress;

    public SyntheticData(DataSource dataSource, Consumer<String> progress) {
        this.dataSource = dataSource;
        this.progress = progress;
    }

    /** What was added. */
    public record Summary(long incidents, long sources, long statements, long provisionLinks, long parties,
            long pendingRevisions, double seconds) {
    }

    /** Adds {@code incidents} generated incidents with their sources, statements, links and pending revisions. */
    public Summary generate(int incidents, long seed) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Summary summary = generate(connection, incidents, seed, true);
            try (Statement analyze = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyze.execute("ANALYZE");
            }
            return summary;
        }
    }

    /**
     * The same on the caller's connection; with {@code commit} each batch is committed, without it everything stays in
     * the caller's transaction (tests roll it back).
     */
    public Summary generate(Connection connection, int incidents, long seed, boolean commit) throws SQLException {
        long start = System.nanoTime();
        Random random = new Random(seed);
        Counts total = new Counts();
        Reference reference = Reference.read(connection);
        List<Long> actors = actors(connection, reference, random);
        if (commit) {
            connection.commit();
        }
        List<Long> reusable = new ArrayList<>();
        for (int done = 0; done < incidents; done += BATCH) {
            int n = Math.min(BATCH, incidents - done);
            Batch batch = new Batch(reference, actors, reusable, random, done);
            batch.fill(connection, n);
            batch.copy(connection);
            if (commit) {
                connection.commit();
            }
            total.add(batch.counts);
            progress.accept(String.format("%,d of %,d incidents (%.0f s)", done + n, incidents, (System.nanoTime() - start) / 1e9));
        }
        return new Summary(total.incidents, total.sources, total.statements, total.provisionLinks, total.parties,
                total.pendingRevisions, (System.nanoTime() - start) / 1e9);
    }

    /** The countries, categories and provisions generated records refer to. */
    private record Reference(List<String> countries, List<String> violationCategories, List<String> eventCategories,
            List<Long> provisions, LocalDate today) {

        static Reference read(Connection connection) throws SQLException {
            List<String> countries = strings(connection, "SELECT code FROM country ORDER BY code");
            List<String> violation = strings(connection,
                    "SELECT code FROM incident_category WHERE NOT retired AND code NOT IN ('DIPLOMATIC', 'UN_ACTION') ORDER BY sort_order, code");
            List<String> event = strings(connection,
                    "SELECT code FROM incident_category WHERE NOT retired AND code IN ('DIPLOMATIC', 'UN_ACTION') ORDER BY sort_order");
            List<Long> provisions = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM provision ORDER BY id")) {
                while (rs.next()) {
                    provisions.add(rs.getLong(1));
                }
            }
            if (provisions.isEmpty() || violation.isEmpty()) {
                throw new IllegalStateException("The database holds no resolutions or no categories: start the app once in demo mode "
                        + "(SANCTIONS_DEMO=true) so that the demo dataset is loaded, then generate.");
            }
            return new Reference(countries, violation, event.isEmpty() ? violation : event, provisions, LocalDate.now(ZoneOffset.UTC));
        }

        private static List<String> strings(Connection connection, String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }

        String country(Random random, String[] head, int[] weights) {
            int i = SyntheticTexts.weighted(random, weights);
            return i < head.length ? head[i] : countries.get(random.nextInt(countries.size()));
        }
    }

    /** Speakers: a few thousand officials and bodies, most of them of the states involved. */
    private List<Long> actors(Connection connection, Reference reference, Random random) throws SQLException {
        int n = 3_000;
        long first = reserve(connection, "actor", n);
        Table table = new Table("actor (id, kind, name, country_code, title)");
        String[] kinds = {"PERSON", "ORGANISATION", "STATE_BODY"};
        String[] titles = {"Foreign ministry spokesperson", "Ambassador to the UN", "Defence minister", "Deputy foreign minister",
                "Press secretary", "Member of the panel of experts", "Head of state"};
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String country = reference.country(random, SUPPLIER_HEAD, SUPPLIER_WEIGHTS);
            table.row(first + i, kinds[random.nextInt(kinds.length)], "Generated speaker " + run + "-" + i,
                    country, titles[random.nextInt(titles.length)]);
            ids.add(first + i);
        }
        table.copy(connection);
        return ids;
    }

    /** Reserves {@code n} consecutive ids from the table's identity sequence (its writers are locked out meanwhile). */
    private static long reserve(Connection connection, String table, int n) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE");
            try (ResultSet rs = s.executeQuery("SELECT nextval(pg_get_serial_sequence('" + table + "', 'id'))")) {
                rs.next();
                long first = rs.getLong(1);
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + (first + n - 1) + ")");
                return first;
            }
        }
    }

    private static final class Counts {
        long incidents, sources, statements, provisionLinks, parties, pendingRevisions;

        void add(Counts other) {
            incidents += other.incidents;
            sources += other.sources;
            statements += other.statements;
            provisionLinks += other.provisionLinks;
            parties += other.parties;
            pendingRevisions += other.pendingRevisions;
        }
    }

    /** One transaction's worth of generated rows, table by table, in COPY's text format. */
    private static final class Batch {

        final Reference reference;
        final List<Long> actors;
        final List<Long> reusable;
        final Random random;
        final int offset;
        final Counts counts = new Counts();
        final Table incidents = new Table("incident (id, kind, title, summary, category, date_from, date_to, date_precision, place, "
                + "status, confidence, workflow_state, withdrawal_reason, created_by, created_at, updated_by, updated_at)");
        final Table parties = new Table("incident_party (incident_id, country_code, role)");
        final Table sources = new Table("source (id, type, outlet, url, language, published_on, retrieved_on, title_original, "
                + "title_translation, excerpt_original, excerpt_translation, translated_by, translation_method, reliability, "
                + "workflow_state, created_by, created_at, updated_by, updated_at)");
        final Table citations = new Table("incident_source (incident_id, source_id, supporting_quote)");
        final Table provisions = new Table("incident_provision (incident_id, provision_id, rationale)");
        final Table statements = new Table("statement (id, said_on, said_precision, reported_on, stance, summary, quote_original, "
                + "quote_language, quote_translation, source_id, incident_id, workflow_state, created_by, created_at, updated_by, updated_at)");
        final Table speakers = new Table("statement_speaker (statement_id, actor_id)");
        final Table signatories = new Table("statement_signatory (statement_id, country_code)");
        final Table pending = new Table("pending_revision (item_type, item_id, change, content, reason, state, created_by, "
                + "created_at, updated_by, updated_at)");
        long nextSource;
        long nextStatement;

        Batch(Reference reference, List<Long> actors, List<Long> reusable, Random random, int offset) {
            this.reference = reference;
            this.actors = actors;
            this.reusable = reusable;
            this.random = random;
            this.offset = offset;
        }

        void fill(Connection connection, int n) throws SQLException {
            long firstIncident = reserve(connection, "incident", n);
            nextSource = reserve(connection, "source", n * 3);
            nextStatement = reserve(connection, "statement", n * 4);
            for (int i = 0; i < n; i++) {
                incident(firstIncident + i, offset + i);
            }
        }

        void copy(Connection connection) throws SQLException {
            for (Table table : List.of(incidents, parties, sources, citations, provisions, statements, speakers, signatories, pending)) {
                table.copy(connection);
            }
        }

        private void incident(long id, int number) {
            boolean event = random.nextInt(100) < 12;
            LocalDate day = date();
            String precision = switch (SyntheticTexts.weighted(random, new int[] {62, 25, 13})) {
                case 0 -> "DAY";
                case 1 -> "MONTH";
                default -> "YEAR";
            };
            LocalDate from = switch (precision) {
                case "MONTH" -> day.withDayOfMonth(1);
                case "YEAR" -> day.withDayOfYear(1);
                default -> day;
            };
            LocalDate to = switch (precision) {
                case "MONTH" -> from.plusMonths(1).minusDays(1);
                case "YEAR" -> from.plusYears(1).minusDays(1);
                default -> random.nextInt(5) == 0 ? from.plusDays(1 + random.nextInt(45)) : from;
            };
            String state = state(88);
            String supplier = reference.country(random, SUPPLIER_HEAD, SUPPLIER_WEIGHTS);
            String recipient = reference.country(random, RECIPIENT_HEAD, RECIPIENT_WEIGHTS);
            if (recipient.equals(supplier)) {
                recipient = supplier.equals("RU") ? "KP" : "RU";
            }
            SyntheticTexts.Language language = random.nextInt(4) == 0 ? SyntheticTexts.language(random) : SyntheticTexts.ENGLISH;
            String title = language.title(random, supplier, recipient);
            String category = event ? SyntheticTexts.skewed(random, reference.eventCategories())
                    : SyntheticTexts.skewed(random, reference.violationCategories());
            Instant created = from.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(86_400L * (1 + random.nextInt(60)));
            Instant updated = created.plusSeconds(random.nextInt(90 * 86_400));
            String author = AUTHOR_PREFIX + "editor-" + random.nextInt(25);
            incidents.row(id, event ? "EVENT" : "VIOLATION", title, SyntheticTexts.ENGLISH.paragraph(random, 1 + random.nextInt(3)),
                    category, from, to, precision, random.nextInt(3) == 0 ? SyntheticTexts.pick(random, SyntheticTexts.PLACES) : null,
                    STATUSES[SyntheticTexts.weighted(random, STATUS_WEIGHTS)], CONFIDENCES[random.nextInt(3)], state,
                    state.equals(WorkflowState.ARCHIVED.name()) ? SyntheticTexts.pick(random, SyntheticTexts.REASONS) : null,
                    author, created, author, updated);
            counts.incidents++;

            List<String[]> partyRows = new ArrayList<>();
            if (event) {
                Set<String> participants = new LinkedHashSet<>(List.of(supplier));
                if (random.nextBoolean()) {
                    participants.add(recipient);
                }
                participants.forEach(c -> partyRows.add(new String[] {c, "PARTICIPANT"}));
                if (random.nextInt(2) == 0) {
                    partyRows.add(new String[] {reference.country(random, RECIPIENT_HEAD, RECIPIENT_WEIGHTS), "HOST"});
                }
            } else {
                boolean both = random.nextInt(100) < 85;
                if (both || random.nextBoolean()) {
                    partyRows.add(new String[] {supplier, "SUPPLIER"});
                }
                if (both || partyRows.isEmpty()) {
                    partyRows.add(new String[] {recipient, "RECIPIENT"});
                }
                if (random.nextInt(100) < 15) {
                    String transit = reference.countries().get(random.nextInt(reference.countries().size()));
                    partyRows.add(new String[] {transit, "TRANSIT"});
                }
                if (random.nextInt(100) < 5) {
                    partyRows.add(new String[] {reference.countries().get(random.nextInt(reference.countries().size())), "FLAG_STATE"});
                }
            }
            Set<String> seenParties = new java.util.HashSet<>();
            for (String[] party : partyRows) {
                if (seenParties.add(party[0] + party[1])) {
                    parties.row(id, party[0], party[1]);
                    counts.parties++;
                }
            }

            int sourceCount = 1 + SyntheticTexts.weighted(random, new int[] {30, 30, 20, 12, 8});
            List<Long> cited = new ArrayList<>();
            for (int s = 0; s < sourceCount; s++) {
                long source;
                if (!reusable.isEmpty() && random.nextBoolean()) {
                    source = reusable.get(random.nextInt(reusable.size()));
                } else {
                    source = source(from, state, supplier, recipient);
                }
                if (!cited.contains(source)) {
                    cited.add(source);
                    citations.row(id, source, random.nextInt(3) == 0 ? null : SyntheticTexts.ENGLISH.paragraph(random, 1));
                }
            }

            int provisionCount = 1 + SyntheticTexts.weighted(random, new int[] {55, 30, 15});
            Set<Long> linked = new LinkedHashSet<>();
            for (int p = 0; p < provisionCount; p++) {
                linked.add(SyntheticTexts.skewed(random, reference.provisions()));
            }
            List<String> provisionJson = new ArrayList<>();
            for (long provision : linked) {
                provisions.row(id, provision, "Generated rationale: " + SyntheticTexts.ENGLISH.words(random, 4));
                provisionJson.add("{\"provisionId\":" + provision + ",\"rationale\":\"Generated rationale\"}");
                counts.provisionLinks++;
            }

            int statementCount = SyntheticTexts.weighted(random, new int[] {30, 30, 20, 12, 8});
            for (int s = 0; s < statementCount; s++) {
                statement(id, from, state, cited, supplier, recipient);
            }

            if (state.equals(WorkflowState.PUBLISHED.name()) && random.nextInt(50) == 0) {
                pendingRevision(id, event, title, category, from, to, precision, partyRows, provisionJson, cited);
            }
        }

        /** A new source, published on or soon after the incident's date, in one of eight languages. */
        private long source(LocalDate date, String incidentState, String supplier, String recipient) {
            long id = nextSource++;
            SyntheticTexts.Language language = SyntheticTexts.language(random);
            boolean translated = !language.code().equals("en");
            String state = incidentState.equals(WorkflowState.PUBLISHED.name()) ? WorkflowState.PUBLISHED.name() : state(70);
            LocalDate published = min(date.plusDays(random.nextInt(30)), reference.today());
            Instant created = published.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(86_400L * random.nextInt(20));
            String outlet = SyntheticTexts.skewed(random, language.outlets());
            String title = language.title(random, supplier, recipient);
            sources.row(id, SOURCE_TYPES[SyntheticTexts.weighted(random, SOURCE_TYPE_WEIGHTS)], outlet,
                    "https://example.org/" + language.code() + "/" + published.getYear() + "/" + id, language.code(), published,
                    published.plusDays(random.nextInt(5)), title,
                    translated ? SyntheticTexts.ENGLISH.title(random, supplier, recipient) : null,
                    language.paragraph(random, 2 + random.nextInt(3)),
                    translated ? SyntheticTexts.ENGLISH.paragraph(random, 2) : null,
                    translated ? "Generated translator" : null, translated ? (random.nextBoolean() ? "HUMAN" : "MACHINE") : null,
                    String.valueOf("ABCDEF".charAt(SyntheticTexts.weighted(random, new int[] {10, 30, 30, 15, 5, 10}))),
                    state, AUTHOR_PREFIX + "editor-" + random.nextInt(25), created, AUTHOR_PREFIX + "editor-" + random.nextInt(25), created);
            counts.sources++;
            if (state.equals(WorkflowState.PUBLISHED.name())) {
                if (reusable.size() < 20_000) {
                    reusable.add(id);
                } else {
                    reusable.set(random.nextInt(reusable.size()), id);
                }
            }
            return id;
        }

        private void statement(long incident, LocalDate date, String incidentState, List<Long> cited, String supplier, String recipient) {
            long id = nextStatement++;
            SyntheticTexts.Language language = SyntheticTexts.language(random);
            String precision = switch (SyntheticTexts.weighted(random, new int[] {80, 10, 4, 6})) {
                case 0 -> "DAY";
                case 1 -> "MONTH";
                case 2 -> "YEAR";
                default -> "UNDATED";
            };
            LocalDate day = min(date.plusDays(random.nextInt(60)), reference.today());
            LocalDate said = switch (precision) {
                case "MONTH" -> day.withDayOfMonth(1);
                case "YEAR" -> day.withDayOfYear(1);
                case "UNDATED" -> null;
                default -> day;
            };
            boolean quoted = random.nextInt(10) < 7;
            String state = incidentState.equals(WorkflowState.PUBLISHED.name()) ? state(97) : incidentState;
            Instant created = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(86_400L * random.nextInt(10));
            statements.row(id, said, precision, said == null ? day : null, STANCES[SyntheticTexts.weighted(random, STANCE_WEIGHTS)],
                    SyntheticTexts.ENGLISH.paragraph(random, 1),
                    quoted ? language.paragraph(random, 1 + random.nextInt(2)) : null, quoted ? language.code() : null,
                    quoted && !language.code().equals("en") ? SyntheticTexts.ENGLISH.paragraph(random, 1) : null,
                    cited.isEmpty() || random.nextInt(4) == 0 ? null : cited.get(random.nextInt(cited.size())), incident, state,
                    AUTHOR_PREFIX + "editor-" + random.nextInt(25), created, AUTHOR_PREFIX + "editor-" + random.nextInt(25), created);
            counts.statements++;
            Set<Long> who = new LinkedHashSet<>();
            who.add(SyntheticTexts.skewed(random, actors));
            if (random.nextInt(10) == 0) {
                who.add(actors.get(random.nextInt(actors.size())));
            }
            who.forEach(actor -> speakers.row(id, actor));
            if (random.nextInt(8) == 0) {
                Set<String> signed = new LinkedHashSet<>(List.of(random.nextBoolean() ? supplier : recipient));
                for (int i = random.nextInt(6); i > 0; i--) {
                    signed.add(reference.countries().get(random.nextInt(reference.countries().size())));
                }
                signed.forEach(country -> signatories.row(id, country));
            }
        }

        /** A correction waiting on a published incident (its form data as JSON), or a withdrawal waiting for review. */
        private void pendingRevision(long id, boolean event, String title, String category, LocalDate from, LocalDate to,
                String precision, List<String[]> partyRows, List<String> provisionJson, List<Long> cited) {
            Instant at = reference.today().atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(86_400L * random.nextInt(60));
            String author = AUTHOR_PREFIX + "editor-" + random.nextInt(25);
            String state = random.nextBoolean() ? "DRAFT" : "IN_REVIEW";
            if (random.nextInt(5) == 0) {
                pending.row("INCIDENT", id, "WITHDRAWAL", null, SyntheticTexts.pick(random, SyntheticTexts.REASONS), "IN_REVIEW",
                        author, at, author, at);
            } else {
                StringBuilder json = new StringBuilder("{\"id\":").append(id).append(",\"version\":0,\"kind\":\"")
                        .append(event ? "EVENT" : "VIOLATION").append("\",\"title\":").append(jsonString(title + " (corrected)"))
                        .append(",\"category\":\"").append(category).append("\",\"dateFrom\":\"").append(from)
                        .append("\",\"dateTo\":\"").append(to).append("\",\"datePrecision\":\"").append(precision)
                        .append("\",\"status\":\"").append(STATUSES[random.nextInt(STATUSES.length)])
                        .append("\",\"confidence\":\"HIGH\",\"parties\":[");
                for (int i = 0; i < partyRows.size(); i++) {
                    json.append(i == 0 ? "" : ",").append("{\"countryCode\":\"").append(partyRows.get(i)[0])
                            .append("\",\"role\":\"").append(partyRows.get(i)[1]).append("\"}");
                }
                json.append("],\"provisions\":[").append(String.join(",", provisionJson)).append("],\"sources\":[");
                for (int i = 0; i < cited.size(); i++) {
                    json.append(i == 0 ? "" : ",").append("{\"sourceId\":").append(cited.get(i)).append('}');
                }
                json.append("]}");
                pending.row("INCIDENT", id, "EDIT", json.toString(), null, state, author, at, author, at);
            }
            counts.pendingRevisions++;
        }

        /** A day from 2006 to today, more of them in recent years (reporting grows about 15 % a year). */
        private LocalDate date() {
            LocalDate today = reference.today();
            int years = today.getYear() - FIRST_YEAR + 1;
            double u = random.nextDouble();
            double growth = 1.15;
            double span = Math.pow(growth, years) - 1;
            int year = FIRST_YEAR + (int) Math.min(years - 1, Math.floor(Math.log(1 + u * span) / Math.log(growth)));
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = year == today.getYear() ? today : first.plusYears(1).minusDays(1);
            return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
        }

        /** Published with this percentage; otherwise a draft, in review or withdrawn. */
        private String state(int publishedPercent) {
            int r = random.nextInt(100);
            if (r < publishedPercent) {
                return WorkflowState.PUBLISHED.name();
            }
            int rest = (r - publishedPercent) * 12 / Math.max(1, 100 - publishedPercent);
            return rest < 5 ? WorkflowState.DRAFT.name() : rest < 8 ? WorkflowState.IN_REVIEW.name() : WorkflowState.ARCHIVED.name();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Rows for one table in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class Table {

        private final String target;
        private final StringBuilder rows = new StringBuilder();

        Table(String target) {
            this.target = target;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    rows.append('\t');
                }
                Object value = values[i];
                if (value == null) {
                    rows.append("\\N");
                } else {
                    String text = value.toString();
                    for (int c = 0; c < text.length(); c++) {
                        char ch = text.charAt(c);
                        switch (ch) {
                            case '\\' -> rows.append("\\\\");
                            case '\t' -> rows.append("\\t");
                            case '\n' -> rows.append("\\n");
                            case '\r' -> rows.append("\\r");
                            default -> rows.append(ch);
                        }
                    }
                }
            }
            rows.append('\n');
        }

        void copy(Connection connection) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.setLength(0);
        }
    }
}
