package org.sanctionsmonitor.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.TextQuery;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Search everywhere: incidents and events, statements (summaries, quotes in the original and in translation, and the
 * statements of speakers known by the words), sources (titles and excerpts, original and translation, outlets),
 * speakers (their names in every script and spelling, titles) and resolutions and their provisions (number, symbol,
 * label, title, summary, text). Readers find published items only, as the tables hold them: the published version,
 * where a revision is pending. Editors also find drafts, as in the lists.
 * <p>
 * Each kind is one SQL query on its GIN-indexed {@code search} column ({@code V40__search_everywhere.sql}), ranked by
 * {@code ts_rank} (a title or a name weighs more than a passing mention in a summary); snippets are cut and marked by
 * {@code ts_headline} for the rows shown only. See {@link TextQuery} for how words meet the index.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class SearchService {

    /** Groups count their matches exactly up to this many; beyond it they say "or more". */
    public static final int COUNT_LIMIT = 1000;
    /** The most hits one call returns. */
    public static final int PAGE_LIMIT = 100;
    /**
     * The cap of the statements' two sides as written in their SQL: a constant, so that PostgreSQL plans each side for
     * reading that many; marked, so that {@link #uncapped} finds it (typed words reach the SQL as letters and digits only).
     */
    private static final String CAP = "/* cap */ " + COUNT_LIMIT;

    /** Marks matches with U+0001/U+0002 (removed from the text first, see {@link Highlighted}). */
    private static final String TITLE_MARKS = "'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)";
    private static final String SNIPPET_MARKS = "'MaxWords=32, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \", "
            + "StartSel=' || chr(1) || ', StopSel=' || chr(2)";

    private final JdbcClient jdbc;
    private final Semaphore searchesAtOnce = new Semaphore(2);
    private final ExecutorService kinds = Executors.newVirtualThreadPerTaskExecutor();

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The best {@code perKind} matches of each kind the query includes, with how many match in all, the group with
     * the best match first. Fails with a worded {@code FieldException} (at "q") on a search without a word, one longer
     * than {@value TextQuery#MAX_LENGTH} characters or with too many words.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public SearchResults search(SearchQuery query, int perKind) {
        Words words = words(TextQuery.parse(query.text()));
        Map<SearchKind, Plan> plans = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            if (query.includes(kind)) {
                plans.put(kind, plan(kind, query, words));
            }
        }
        List<SearchGroup> groups = new ArrayList<>();
        firstPages(plans, Math.min(Math.max(perKind, 1), PAGE_LIMIT)).forEach((kind, page) -> {
            if (!page.hits().isEmpty()) {
                groups.add(new SearchGroup(kind, page.total(), page.total() >= COUNT_LIMIT, page.hits()));
            }
        });
        groups.sort(Comparator.comparingDouble(SearchGroup::bestScore).reversed()
                .thenComparing(group -> group.kind().ordinal()));
        return new SearchResults(query, groups);
    }

    /**
     * The first page of each kind. The kinds are independent queries, and at a million rows three of them take 20–35 ms
     * each: outside a transaction, two searches at a time run them at once, each on a connection of its own. Others
     * run them one after another: a search inside a transaction (only its connection sees what it wrote), and a third
     * search at once, so that the connections the kinds take (five a search) never starve the pool; under that load
     * no core is idle anyway.
     */
    private Map<SearchKind, Page> firstPages(Map<SearchKind, Plan> plans, int limit) {
        Map<SearchKind, Page> pages = new EnumMap<>(SearchKind.class);
        if (plans.size() < 2 || TransactionSynchronizationManager.isActualTransactionActive() || !searchesAtOnce.tryAcquire()) {
            plans.forEach((kind, plan) -> pages.put(kind, page(plan, 0, limit)));
            return pages;
        }
        try {
            Map<SearchKind, Future<Page>> running = new EnumMap<>(SearchKind.class);
            plans.forEach((kind, plan) -> running.put(kind, kinds.submit(() -> page(plan, 0, limit))));
            running.forEach((kind, page) -> pages.put(kind, result(page)));
            return pages;
        } finally {
            searchesAtOnce.release();
        }
    }

    private static Page result(Future<Page> page) {
        try {
            return page.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while searching", interrupted);
        }
    }

    /** A page of the matches of one kind, best first ({@code limit} at most {@value #PAGE_LIMIT}). */
    public List<SearchHit> hits(SearchQuery query, SearchKind kind, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > PAGE_LIMIT) {
            throw new IllegalArgumentException("A page holds 1 to " + PAGE_LIMIT + " hits; asked for " + limit + " from " + offset);
        }
        return query.includes(kind) ? page(plan(kind, query, words(TextQuery.parse(query.text()))), offset, limit).hits() : List.of();
    }

    /** How many items of this kind match, counted exactly up to {@value #COUNT_LIMIT}. */
    public int count(SearchQuery query, SearchKind kind) {
        return query.includes(kind) ? count(kind, query, words(TextQuery.parse(query.text()))) : 0;
    }

    /**
     * How many published items the search finds whose published version went live after {@code since} (all of them
     * when null): what a saved search counts as new. Incidents, statements, sources and resolutions (speakers are not
     * published); published ones only, for every role; none for a search without a usable word.
     */
    public int countPublishedSince(SearchQuery query, java.time.Instant since) {
        int count = 0;
        Words words = TextQuery.tryParse(query.text()).map(this::words).orElse(null);
        for (Map.Entry<SearchKind, String> kind : PUBLISHED_TABLES.entrySet()) {
            Plan plan = publishedPlan(kind.getKey(), query, words);
            if (plan != null) {
                count += jdbc.sql(uncapped("WITH " + plan.with() + " SELECT count(*) FROM " + kind.getValue() + " x WHERE x.published_at > :since"
                        + " AND x.id IN (SELECT id FROM (" + plan.matches() + ") m)")).params(plan.params()).param("since", timestamp(since))
                        .query(Integer.class).single();
            }
        }
        return count;
    }

    /** Those items, the most recently published first (with {@code since} null, the latest ones). */
    public List<org.sanctionsmonitor.editorial.PublishedChange> publishedSince(SearchQuery query, java.time.Instant since, int limit) {
        List<org.sanctionsmonitor.editorial.PublishedChange> changes = new ArrayList<>();
        Words words = TextQuery.tryParse(query.text()).map(this::words).orElse(null);
        for (Map.Entry<SearchKind, String> kind : PUBLISHED_TABLES.entrySet()) {
            Plan plan = publishedPlan(kind.getKey(), query, words);
            if (plan == null) {
                continue;
            }
            String columns = switch (kind.getKey()) {
                case INCIDENT -> "x.kind AS detail, x.title, x.summary, NULL::int AS number, NULL AS outlet";
                case STATEMENT -> "x.stance AS detail, (SELECT string_agg(a.name, '; ' ORDER BY a.name) FROM statement_speaker sp"
                        + " JOIN actor a ON a.id = sp.actor_id WHERE sp.statement_id = x.id) AS title, x.summary, NULL::int AS number,"
                        + " NULL AS outlet";
                case SOURCE -> "x.originating_outlet AS detail, x.title_original AS title, x.excerpt_translation AS summary,"
                        + " NULL::int AS number, x.outlet";
                case RESOLUTION -> "CAST(x.adopted_on AS text) AS detail, x.title, x.summary, x.number, NULL AS outlet";
                case SPEAKER -> throw new IllegalStateException("speakers are not published");
            };
            changes.addAll(jdbc.sql(uncapped("WITH " + plan.with() + " SELECT x.id, " + columns + ", x.published_at, x.first_published_at FROM "
                            + kind.getValue() + " x WHERE x.published_at > :since AND x.id IN (SELECT id FROM (" + plan.matches() + ") m)"
                            + " ORDER BY x.published_at DESC, x.id DESC LIMIT :limit"))
                    .params(plan.params()).param("since", timestamp(since)).param("limit", limit)
                    .query((rs, n) -> change(kind.getKey(), rs)).list());
        }
        changes.sort(Comparator.comparing(org.sanctionsmonitor.editorial.PublishedChange::publishedAt)
                .thenComparingLong(org.sanctionsmonitor.editorial.PublishedChange::id).reversed());
        return changes.stream().limit(limit).toList();
    }

    /** The kinds that are published, with the read-rule function listing their published rows. */
    private static final Map<SearchKind, String> PUBLISHED_TABLES = new java.util.EnumMap<>(Map.of(
            SearchKind.INCIDENT, "published_incidents()", SearchKind.STATEMENT, "published_statements()",
            SearchKind.SOURCE, "published_sources()", SearchKind.RESOLUTION, "published_resolutions()"));

    /** The kind's search over published items only (what readers find), or null when it finds nothing. */
    private static Plan publishedPlan(SearchKind kind, SearchQuery query, Words words) {
        if (words == null || !query.includes(kind)) {
            return null;
        }
        Plan plan = plan(kind, query, words);
        plan.params().put("all", false);
        return plan;
    }

    private static java.sql.Timestamp timestamp(java.time.Instant since) {
        return java.sql.Timestamp.from(since == null ? java.time.Instant.EPOCH : since);
    }

    private static org.sanctionsmonitor.editorial.PublishedChange change(SearchKind kind, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        java.time.Instant published = rs.getTimestamp("published_at").toInstant();
        java.time.Instant first = rs.getTimestamp("first_published_at") == null ? null : rs.getTimestamp("first_published_at").toInstant();
        String summary = rs.getString("summary");
        return switch (kind) {
            case INCIDENT -> new org.sanctionsmonitor.editorial.PublishedChange(IncidentKind.valueOf(rs.getString("detail")).label(), id,
                    rs.getString("title"), Pages.incident(id), summary, published, first);
            case STATEMENT -> new org.sanctionsmonitor.editorial.PublishedChange("Statement", id,
                    Labels.statement(rs.getString("title") == null ? "Unattributed" : rs.getString("title"),
                            Stance.valueOf(rs.getString("detail")).label(), summary), Pages.statement(id), summary, published, first);
            case SOURCE -> new org.sanctionsmonitor.editorial.PublishedChange("Source", id,
                    Labels.source(rs.getString("outlet"), rs.getString("detail"), rs.getString("title")), Pages.source(id), summary,
                    published, first);
            case RESOLUTION -> new org.sanctionsmonitor.editorial.PublishedChange("Resolution", id,
                    Labels.resolution(rs.getInt("number"), LocalDate.parse(rs.getString("detail")))
                            + (rs.getString("title") == null ? "" : ": " + rs.getString("title")),
                    Pages.resolution(rs.getInt("number")), summary, published, first);
            case SPEAKER -> throw new IllegalStateException("speakers are not published");
        };
    }

    /** A page of hits, and how many match in all (up to the cap). */
    private record Page(List<SearchHit> hits, int total) {
    }

    private Page page(Plan plan, int offset, int limit) {
        int[] total = {0};
        List<SearchHit> hits = jdbc.sql(hitsSql(plan)).params(plan.params()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return plan.mapper().mapRow(rs, n);
                }).list();
        return new Page(hits, total[0]);
    }

    private int count(SearchKind kind, SearchQuery query, Words words) {
        Plan plan = plan(kind, query, words);
        return jdbc.sql(countSql(plan)).params(plan.params()).query(Integer.class).single();
    }

    /**
     * Ranks the first {@value #COUNT_LIMIT} matches the index finds, as many as the count reports: ranking every match
     * of a common word reads each matching row's document (a minute for "missiles" over a million sources); below that
     * many matches, which is every precise search, the ranking is exact.
     */
    private static String hitsSql(Plan plan) {
        return "WITH " + plan.with() + ", capped AS MATERIALIZED (" + plan.matches() + " LIMIT " + COUNT_LIMIT + "),"
                + " m AS MATERIALIZED (SELECT * FROM capped ORDER BY score DESC, sort_date DESC NULLS LAST, id DESC LIMIT :limit OFFSET :offset) "
                // The count in the same statement: the matches are read once for both.
                + plan.rows().replaceFirst("SELECT ", "SELECT (SELECT count(*) FROM capped) AS total, ")
                + " ORDER BY m.score DESC, m.sort_date DESC NULLS LAST, m.id DESC";
    }

    /** The search without the cap: every match, for what is new since a day (a few rows, any of the matches). */
    private static String uncapped(String sql) {
        return sql.replace(CAP, "ALL");
    }

    private static String countSql(Plan plan) {
        return "WITH " + plan.with() + " SELECT count(*) FROM (" + plan.matches() + " LIMIT " + COUNT_LIMIT + ") c";
    }

    /**
     * The matches of a kind, named for the page's SQL and planned with its {@code LIMIT} (the cap, a constant): with
     * each reading of the words once and the words as literals (see {@link Words}), PostgreSQL's estimate of how many
     * rows match is close enough to choose well between the index (a rare word) and a scan that stops at the cap (a
     * common one). Materialised and planned for every match instead, a common word read the whole index and the table's
     * list of published rows (0.2 s at a million statements). Two common words were slow while read as prefixes:
     * PostgreSQL has no statistics of a prefix, took two for far more common together than they are and scanned the
     * table, and a GIN index reads a prefix slowly (see {@link Words#matching}).
     */
    private static String found(String name, String select) {
        return name + " AS NOT MATERIALIZED (" + select + ")";
    }

    /**
     * The SQL the search runs for one kind (its first page of {@code limit} hits, then its count) with the parameters,
     * for measuring it ({@code SearchBenchmark} runs EXPLAIN ANALYZE on them). For the signed-in user's visibility.
     */
    List<Map.Entry<String, Map<String, Object>>> sqlOf(SearchKind kind, SearchQuery query, int limit) {
        Plan plan = plan(kind, query, words(TextQuery.parse(query.text())));
        Map<String, Object> page = new HashMap<>(plan.params());
        page.put("limit", limit);
        page.put("offset", 0);
        Map<String, Object> count = new HashMap<>(plan.params());
        return List.of(Map.entry(hitsSql(plan), page), Map.entry(countSql(plan), count));
    }

    /**
     * A kind's search: the common table expressions it reads from ({@link #found}), the matching ids with their score
     * and date, then the rows shown for a page of them.
     */
    private record Plan(String with, String matches, String rows, Map<String, Object> params, HitMapper mapper) {
    }

    /**
     * The words, and the queries made of them (see {@link TextQuery#sqlDistinct}) as SQL: {@code tsquery} literals
     * quoted by PostgreSQL itself. Literals rather than parameters, so that each search is planned for its own words: a
     * plan made once for any words (what PostgreSQL does with a statement prepared by the driver after five uses)
     * reads the index for every word, 200–300 ms at a million rows for a word in a quarter of them, where a scan finds
     * the first thousand in a few milliseconds.
     *
     * @param all   every word, in any one language's reading
     * @param index what the GIN index reads to find them (see {@link #matching})
     * @param names every word, in names and titles only
     * @param any   any of the words, for highlighting: ts_headline with the whole query of every language is
     *              exponential in its size (it ran out of memory on "Kim Yo-jong"), with an OR of the words it is quick
     */
    private record Words(TextQuery terms, String all, String index, String names, String any) {

        /**
         * The condition that a document matches all the words: the index reads every word in any of its readings
         * ({@link TextQuery#sqlEveryWord}), each prefix written as the whole words it starts ({@code search_whole_words}
         * of {@code V81__search_lexemes.sql}), then the exact query is checked on the rows it found. GIN reads a
         * prefix by collecting every row of every word it starts, and a query whose top is an OR by reading every row
         * holding any of its words; both together were 227 ms for "sanctions evasion" at 1.4 million statements.
         */
        String matching(String document) {
            return document + " @@ " + index + " AND ts_match_vq(" + document + ", " + all + ")";
        }
    }

    private Words words(TextQuery terms) {
        return jdbc.sql("SELECT " + literal("q") + " AS q, " + literal("search_whole_words(coalesce(nullif(every, ''), q))") + " AS index, "
                        + literal("names") + " AS names, " + literal("h") + " AS h FROM (SELECT " + terms.sqlDistinct("q") + " AS q, "
                        + terms.sqlEveryWord() + " AS every, " + terms.sqlDistinct("names") + " AS names, " + terms.sqlDistinct("h") + " AS h) words")
                .param("q", terms.tsquery()).param("qWhole", TextQuery.wholeWords(terms.tsquery()))
                .params(terms.wordParameters())
                .param("names", terms.tsqueryOfWeight("A")).param("namesWhole", TextQuery.wholeWords(terms.tsqueryOfWeight("A")))
                .param("h", terms.tsqueryAny()).param("hWhole", TextQuery.wholeWords(terms.tsqueryAny()))
                .query((rs, n) -> new Words(terms, rs.getString("q"), rs.getString("index"), rs.getString("names"), rs.getString("h")))
                .single();
    }

    @FunctionalInterface
    private interface HitMapper extends org.springframework.jdbc.core.RowMapper<SearchHit> {
    }

    private static String literal(String tsquery) {
        return "'CAST(' || quote_literal(" + tsquery + ") || ' AS tsquery)'";
    }

    private static Plan plan(SearchKind kind, SearchQuery query, Words words) {
        Map<String, Object> params = new HashMap<>();
        params.put("all", CurrentUser.canSeeUnpublished());
        params.put("from", query.from());
        params.put("to", query.to());
        params.put("country", query.country());
        return switch (kind) {
            case INCIDENT -> incidents(query, words, params);
            case STATEMENT -> statements(query, words, params);
            case SPEAKER -> speakers(query, words, params);
            case SOURCE -> sources(query, words, params);
            case RESOLUTION -> resolutions(query, words, params);
        };
    }

    private static Plan incidents(SearchQuery query, Words words, Map<String, Object> params) {
        String q = words.all();
        String h = words.any();
        StringBuilder where = new StringBuilder(words.matching("i.search"));
        if (query.from() != null) {
            where.append(" AND i.date_to >= :from");
        }
        if (query.to() != null) {
            where.append(" AND i.date_from <= :to");
        }
        if (query.country() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM incident_party p WHERE p.incident_id = i.id AND p.country_code = :country)");
        }
        String found = found("found", "SELECT i.id, ts_rank(i.search, " + q + ") AS score, i.date_from AS sort_date FROM visible_incidents(:all) i"
                + " WHERE " + where);
        String rows = """
                SELECT m.id, m.score, i.kind, i.title, i.date_from, i.date_to, i.date_precision, i.workflow_state,
                       (SELECT c.label FROM incident_category c WHERE c.code = i.category) AS category_label,
                       ts_headline('english', %s, %s, %s) AS title_marked,
                       ts_headline('english', %s, %s, %s) AS snippet_marked
                FROM m JOIN visible_incidents(:all) i ON i.id = m.id
                """.formatted(clean("i.title"), h, TITLE_MARKS, clean("coalesce(i.summary, i.place, '')"), h, SNIPPET_MARKS);
        return new Plan(found, "SELECT * FROM found", rows, params, (rs, n) -> {
            IncidentKind kind = IncidentKind.valueOf(rs.getString("kind"));
            LocalDate from = rs.getObject("date_from", LocalDate.class);
            String date = DatePrecision.valueOf(rs.getString("date_precision")).format(from, rs.getObject("date_to", LocalDate.class));
            return new SearchHit(SearchKind.INCIDENT, rs.getLong("id"), Pages.incident(rs.getLong("id")),
                    Highlighted.parse(rs.getString("title_marked")), "en", Highlighted.parse(rs.getString("snippet_marked")), "en",
                    kind.label() + " · " + date + " · " + rs.getString("category_label"), from, state(rs), false, rs.getDouble("score"));
        });
    }

    private static Plan statements(SearchQuery query, Words words, Map<String, Object> params) {
        String q = words.all();
        String h = words.any();
        // Also the statements of the speakers known by these words (their names only, in any script or spelling).
        params.put("text", words.terms().text());
        params.put("compact", compactEnough(words.terms()));
        StringBuilder filters = new StringBuilder();
        if (query.from() != null) {
            filters.append(" AND st.dated_to >= :from");
        }
        if (query.to() != null) {
            filters.append(" AND st.dated_on <= :to");
        }
        if (query.country() != null) {
            filters.append(" AND statement_counts_for(st.id, :country)");
        }
        // Two sides, each on its own index (statement_search_idx; the speakers, a few thousand rows, then
        // statement_speaker_actor_idx) and each read only up to the cap: a union of the whole sets ("search @@ q OR
        // st.id IN (…)", or a UNION before the LIMIT) reads every match of a common word first, seconds at a million
        // statements. A statement on both sides keeps its best score; up to the cap on each side, the set is exact.
        String byWords = found("by_words", "SELECT st.id, ts_rank(st.search, " + q + ") AS score, st.dated_on AS sort_date"
                + " FROM visible_statements(:all) st WHERE " + words.matching("st.search") + filters);
        String ofSpeakers = found("of_speakers", "SELECT st.id, GREATEST(ts_rank(st.search, " + q + "), 0.5) AS score, st.dated_on AS sort_date"
                + " FROM visible_statements(:all) st WHERE st.id IN (SELECT sp.statement_id FROM statement_speaker sp WHERE sp.actor_id = ANY (ARRAY("
                + "SELECT a.id FROM visible_actors(true) a WHERE a.search @@ " + words.names()
                + " OR (:compact AND a.name_keys LIKE '%' || search_compact(:text) || '%'))))" + filters);
        String matches = "SELECT id, max(score) AS score, sort_date FROM ((SELECT * FROM by_words LIMIT " + CAP + ")"
                + " UNION ALL (SELECT * FROM of_speakers LIMIT " + CAP + ")) both_sides GROUP BY id, sort_date";
        String rows = """
                SELECT m.id, m.score, st.stance, st.said_precision, st.said_on, st.reported_on, st.dated_on, st.workflow_state, st.quote_language,
                       st.translation_method, i.title AS incident_title, sp.speakers,
                       ts_headline('simple', %s, %s, %s) AS title_marked,
                       ts_headline(search_config(st.quote_language), %s, %s, %s) AS quote_marked,
                       ts_headline('english', %s, %s, %s) AS summary_marked,
                       ts_headline('english', %s, %s, %s) AS translation_marked
                FROM m JOIN visible_statements(:all) st ON st.id = m.id
                LEFT JOIN visible_incidents(:all) i ON i.id = st.incident_id
                CROSS JOIN LATERAL (SELECT string_agg(a.name, '; ' ORDER BY a.name) AS speakers FROM statement_speaker s
                                    JOIN actor a ON a.id = s.actor_id WHERE s.statement_id = st.id) sp
                """.formatted(clean("coalesce(sp.speakers, '')"), h, TITLE_MARKS, clean("st.quote_original"), h, SNIPPET_MARKS,
                clean("st.summary"), h, SNIPPET_MARKS, clean("st.quote_translation"), h, SNIPPET_MARKS);
        return new Plan(byWords + ", " + ofSpeakers, matches, rows, params, (rs, n) -> {
            Stance stance = Stance.valueOf(rs.getString("stance"));
            SaidPrecision precision = SaidPrecision.valueOf(rs.getString("said_precision"));
            String date = precision.format(rs.getObject("said_on", LocalDate.class), rs.getObject("reported_on", LocalDate.class));
            Highlighted quote = Highlighted.parse(rs.getString("quote_marked"));
            Highlighted summary = Highlighted.parse(rs.getString("summary_marked"));
            Highlighted translation = Highlighted.parse(rs.getString("translation_marked"));
            // The snippet where the words are: the quote in its language, the summary, or the translation.
            Highlighted snippet = summary;
            String language = "en";
            boolean machine = false;
            if (quote.hasMatch()) {
                snippet = quote;
                language = rs.getString("quote_language");
            } else if (!summary.hasMatch() && translation.hasMatch()) {
                snippet = translation;
                machine = "MACHINE".equals(rs.getString("translation_method"));
            }
            String about = rs.getString("incident_title");
            return new SearchHit(SearchKind.STATEMENT, rs.getLong("id"), Pages.statement(rs.getLong("id")),
                    Highlighted.parse(rs.getString("title_marked")), null, snippet, language,
                    stance.label() + " · " + date + (about == null ? "" : " · About: " + about),
                    rs.getObject("dated_on", LocalDate.class), state(rs), machine, rs.getDouble("score"));
        });
    }

    private static Plan speakers(SearchQuery query, Words words, Map<String, Object> params) {
        String q = words.all();
        String h = words.any();
        params.put("text", words.terms().text());
        params.put("compact", compactEnough(words.terms()));
        StringBuilder where = new StringBuilder("(" + words.matching("a.search") + " OR (:compact AND a.name_keys LIKE '%' || search_compact(:text) || '%'))");
        if (query.country() != null) {
            where.append(" AND a.country_code = :country");
        }
        if (query.from() != null || query.to() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM statement_speaker sp JOIN visible_statements(:all) st ON st.id = sp.statement_id"
                    + " WHERE sp.actor_id = a.id AND (CAST(:from AS date) IS NULL OR st.dated_to >= :from)"
                    + " AND (CAST(:to AS date) IS NULL OR st.dated_on <= :to))");
        }
        // A name written exactly so (in any spelling) first, then a name containing it, then by the words' weight.
        String matches = "SELECT a.id, CASE WHEN ' ' || a.name_keys || ' ' LIKE '% ' || search_compact(:text) || ' %' THEN 1.0"
                + " WHEN :compact AND a.name_keys LIKE '%' || search_compact(:text) || '%' THEN 0.8"
                + " ELSE ts_rank(a.search, " + q + ") END AS score, NULL::date AS sort_date FROM visible_actors(:all) a WHERE " + where;
        String rows = """
                SELECT m.id, m.score, a.kind, a.country_code, c.name AS country_name,
                       (SELECT count(*) FROM statement_speaker sp JOIN visible_statements(:all) st ON st.id = sp.statement_id
                         WHERE sp.actor_id = a.id) AS statements,
                       ts_headline('simple', %s, %s, %s) AS title_marked,
                       ts_headline('simple', %s, %s, %s) AS snippet_marked
                FROM m JOIN visible_actors(:all) a ON a.id = m.id LEFT JOIN country c ON c.code = a.country_code
                """.formatted(clean("a.name"), h, TITLE_MARKS,
                clean("concat_ws(' — ', nullif(array_to_string(a.other_names, ' · '), ''), a.title)"), h, TITLE_MARKS);
        return new Plan(found("found", matches), "SELECT * FROM found", rows, params, (rs, n) -> {
            int statements = rs.getInt("statements");
            String kind = rs.getString("kind").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            String country = rs.getString("country_name");
            return new SearchHit(SearchKind.SPEAKER, rs.getLong("id"), Pages.actor(rs.getLong("id")),
                    Highlighted.parse(rs.getString("title_marked")), null, Highlighted.parse(rs.getString("snippet_marked")), null,
                    Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + (country == null ? "" : " · " + country) + " · "
                            + (statements == 1 ? "1 statement" : statements + " statements"),
                    null, WorkflowState.PUBLISHED, false, rs.getDouble("score"));
        });
    }

    private static Plan sources(SearchQuery query, Words words, Map<String, Object> params) {
        String q = words.all();
        String h = words.any();
        StringBuilder where = new StringBuilder(words.matching("s.search"));
        if (query.from() != null) {
            where.append(" AND s.published_on >= :from");
        }
        if (query.to() != null) {
            where.append(" AND s.published_on <= :to");
        }
        if (query.country() != null) {
            // A source concerns a country it is the state media of, or that an incident or statement citing it concerns.
            where.append(" AND (s.state_media_of = :country"
                    + " OR EXISTS (SELECT 1 FROM incident_source l JOIN visible_incidents(:all) i ON i.id = l.incident_id"
                    + " JOIN incident_party p ON p.incident_id = i.id WHERE l.source_id = s.id AND p.country_code = :country)"
                    + " OR EXISTS (SELECT 1 FROM visible_statements(:all) st WHERE st.source_id = s.id AND statement_counts_for(st.id, :country)))");
        }
        String matches = "SELECT s.id, ts_rank(s.search, " + q + ") AS score, s.published_on AS sort_date FROM visible_sources(:all) s WHERE " + where;
        String rows = """
                SELECT m.id, m.score, s.outlet, s.originating_outlet, s.language, s.published_on, s.reliability, s.workflow_state,
                       s.translation_method,
                       ts_headline(search_config(s.language), %s, %s, %s) AS title_marked,
                       ts_headline(search_config(s.language), %s, %s, %s) AS excerpt_marked,
                       ts_headline('english', %s, %s, %s) AS title_translation_marked,
                       ts_headline('english', %s, %s, %s) AS excerpt_translation_marked
                FROM m JOIN visible_sources(:all) s ON s.id = m.id
                """.formatted(clean("s.title_original"), h, TITLE_MARKS, clean("s.excerpt_original"), h, SNIPPET_MARKS,
                clean("s.title_translation"), h, TITLE_MARKS, clean("s.excerpt_translation"), h, SNIPPET_MARKS);
        return new Plan(found("found", matches), "SELECT * FROM found", rows, params, (rs, n) -> {
            String language = rs.getString("language");
            Highlighted excerpt = Highlighted.parse(rs.getString("excerpt_marked"));
            Highlighted titleTranslation = Highlighted.parse(rs.getString("title_translation_marked"));
            Highlighted excerptTranslation = Highlighted.parse(rs.getString("excerpt_translation_marked"));
            // The snippet where the words are: the excerpt in its language, else the translation; else what there is.
            Highlighted snippet = excerpt;
            String snippetLanguage = language;
            boolean translated = false;
            if (!excerpt.hasMatch()) {
                Highlighted inTranslation = excerptTranslation.hasMatch() ? excerptTranslation
                        : titleTranslation.hasMatch() ? titleTranslation : null;
                if (inTranslation == null && excerpt.isEmpty()) {
                    inTranslation = excerptTranslation.isEmpty() ? titleTranslation : excerptTranslation;
                }
                if (inTranslation != null && !inTranslation.isEmpty()) {
                    snippet = inTranslation;
                    snippetLanguage = "en";
                    translated = true;
                }
            }
            LocalDate published = rs.getObject("published_on", LocalDate.class);
            String detail = Labels.outlet(rs.getString("outlet"), rs.getString("originating_outlet")) + " · " + language
                    + (published == null ? "" : " · " + DatePrecision.DAY.format(published, published))
                    + " · reliability " + Reliability.valueOf(rs.getString("reliability")).label();
            return new SearchHit(SearchKind.SOURCE, rs.getLong("id"), Pages.source(rs.getLong("id")),
                    Highlighted.parse(rs.getString("title_marked")), language, snippet, snippetLanguage, detail, published, state(rs),
                    translated && "MACHINE".equals(rs.getString("translation_method")), rs.getDouble("score"));
        });
    }

    private static Plan resolutions(SearchQuery query, Words words, Map<String, Object> params) {
        String q = words.all();
        String h = words.any();
        // A provision matches when the words are in it or its resolution, at least one of them in the provision itself:
        // "1718 OP8" finds OP8 of 1718, "1718" finds the resolution without all of its paragraphs.
        params.put("numbers", String.join(" ", words.terms().terms()));
        // The resolution whose number was typed comes first.
        String typed = "CASE WHEN r.number::text = ANY (string_to_array(:numbers, ' ')) THEN 1 ELSE 0 END";
        String dates = (query.from() == null ? "" : " AND r.adopted_on >= :from") + (query.to() == null ? "" : " AND r.adopted_on <= :to")
                + (query.country() == null ? "" : " AND FALSE"); // resolutions concern no one country
        String matches = "SELECT id, provision_id, score, sort_date FROM ("
                + "SELECT r.id, NULL::bigint AS provision_id, ts_rank(r.search, " + q + ") + " + typed + " AS score, r.adopted_on AS sort_date"
                + " FROM visible_resolutions(:all) r WHERE " + words.matching("r.search") + dates
                + " UNION ALL SELECT r.id, p.id, ts_rank(p.search || r.search, " + q + ") * 0.9 + " + typed + " * 0.5, r.adopted_on"
                + " FROM provision p JOIN visible_resolutions(:all) r ON r.id = p.resolution_id"
                + " WHERE " + words.matching("(p.search || r.search)") + " AND p.search @@ " + h + dates + ") found";
        String rows = """
                SELECT m.id, m.provision_id, m.score, r.number, r.adopted_on, r.workflow_state, p.label,
                       ts_headline('english', %s, %s, %s) AS title_marked,
                       ts_headline('english', %s, %s, %s) AS snippet_marked
                FROM m JOIN visible_resolutions(:all) r ON r.id = m.id LEFT JOIN provision p ON p.id = m.provision_id
                """.formatted(clean("CASE WHEN p.id IS NULL THEN r.title ELSE p.label END"), h, TITLE_MARKS,
                clean("CASE WHEN p.id IS NULL THEN coalesce(r.summary, '') ELSE p.summary || ' ' || coalesce(p.full_text, '') END"),
                h, SNIPPET_MARKS);
        return new Plan(found("found", matches), "SELECT * FROM found", rows, params, (rs, n) -> {
            int number = rs.getInt("number");
            LocalDate adopted = rs.getObject("adopted_on", LocalDate.class);
            boolean provision = rs.getObject("provision_id") != null;
            Highlighted title = Highlighted.parse(rs.getString("title_marked"));
            // A provision is titled by its citation, its label marked where it matched: "S/RES/1718 (2006) OP8(b)".
            List<Highlighted.Part> parts = new ArrayList<>();
            parts.add(new Highlighted.Part(Labels.resolution(number, adopted) + (provision ? " " : ": "), false));
            parts.addAll(title.parts());
            return new SearchHit(SearchKind.RESOLUTION, provision ? rs.getLong("provision_id") : rs.getLong("id"), Pages.resolution(number),
                    new Highlighted(parts), "en", Highlighted.parse(rs.getString("snippet_marked")), "en",
                    (provision ? "Provision" : "Resolution") + " · adopted " + DatePrecision.DAY.format(adopted, adopted), adopted,
                    state(rs), false, rs.getDouble("score"));
        });
    }

    /**
     * The text as ts_headline may mark it: the marking characters removed, so that only ts_headline places them, and
     * {@code < > &} written as private-use characters, which ts_headline's parser takes for no tag or entity (it
     * would drop those from a snippet); {@link Highlighted#parse} writes them back.
     */
    private static String clean(String column) {
        return "translate(coalesce(" + column + ", ''), '<>&' || chr(1) || chr(2) || chr(57344) || chr(57345) || chr(57346),"
                + " chr(57344) || chr(57345) || chr(57346))";
    }

    /** Whether the words written as one are long enough to look for inside names (see SpeakerNames). */
    private static boolean compactEnough(TextQuery words) {
        String joined = String.join("", words.terms());
        boolean latin = joined.chars().allMatch(c -> c < 0x250);
        return joined.codePointCount(0, joined.length()) >= (latin ? 3 : 2);
    }

    private static WorkflowState state(ResultSet rs) throws SQLException {
        return WorkflowState.valueOf(rs.getString("workflow_state"));
    }
}
