package org.sanctionsmonitor.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server time of search (what one {@code /search?q=…} page costs: the best five of every kind and their counts), on the
 * demo data and on 100,000 generated incidents, 300,000 sources and 400,000 statements with text in six languages
 * ({@link #generate}). Prints the median and 95th percentile over a mix of queries (names in several spellings and
 * scripts, rare and common words, citations), each query's median, and PostgreSQL's plan (EXPLAIN ANALYZE) of the
 * slowest query's slowest part. Not part of {@code verify} (the name ends in neither Test nor IT) and asserts nothing:
 * {@code ./mvnw test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. The rows are rolled back.
 */
@AppTest
@Transactional
class SearchBenchmark {

    static final List<String> QUERIES = List.of("Alabuga", "Kim Yo-jong", "kim yojong", "김여정", "Ким Ё Чжон", "Shahed-136",
            "снаряды", "Песков", "الطائرات المسيرة", "پهپاد", "pelanggaran", "drones Russia", "ballistic missiles Kursk",
            "1718 OP8", "Rajin", "Hwasong-11", "artillery shells", "satellite imagery containers", "Vostochny", "Russia");
    static final int RUNS = 5;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() {
        List<String> report = new ArrayList<>();
        report.add("demo data: " + sizes());
        report.addAll(measureAll());
        print(report);
        // -Dsearch.bench.incidents=0 measures the demo data only; sources and statements scale with the incidents.
        int incidents = Integer.getInteger("search.bench.incidents", 100_000);
        if (incidents > 0) {
            long start = System.nanoTime();
            generate(jdbc, incidents, incidents * 3, incidents * 4);
            jdbc.sql("ANALYZE").update();
            report.add(String.format("generated in %.0f s: %s", (System.nanoTime() - start) / 1e9, sizes()));
            report.addAll(measureAll());
            print(report);
        }
    }

    private static void print(List<String> report) {
        System.out.println("\n==== Search benchmark (per query: median of " + RUNS + " runs after a warm-up) ====");
        report.forEach(System.out::println);
    }

    private String sizes() {
        return String.format("%,d incidents, %,d sources, %,d statements, %,d actors", count("incident"), count("source"),
                count("statement"), count("actor"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private List<String> measureAll() {
        List<String> lines = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        Map<String, Double> medians = new LinkedHashMap<>();
        try (SignedIn reader = SignedIn.as("viewer", Role.VIEWER)) {
            for (String query : QUERIES) {
                SearchResults results = search.search(SearchQuery.of(query), 5);
                List<Double> runs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    search.search(SearchQuery.of(query), 5);
                    runs.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(runs);
                all.addAll(runs);
                medians.put(query, runs.get(RUNS / 2));
                System.out.printf("BENCH %-28s %8.1f ms%n", query, runs.get(RUNS / 2));
                lines.add(String.format("  %-28s %8.1f ms  %s", query, runs.get(RUNS / 2), results.groups().stream()
                        .map(g -> g.kind().name().toLowerCase() + " " + g.countText().replaceAll("[^0-9,]+.*", "")
                                + (g.countIsLimit() ? "+" : "")).toList()));
            }
            Collections.sort(all);
            lines.add(String.format("  ALL QUERIES: median %.1f ms, 95th percentile %.1f ms (%d runs)", all.get(all.size() / 2),
                    all.get((int) Math.ceil(all.size() * 0.95) - 1), all.size()));
            String slowest = medians.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            lines.add("  slowest: \"" + slowest + "\", by kind:");
            SearchKind slowestKind = SearchKind.INCIDENT;
            double slowestTime = 0;
            for (SearchKind kind : SearchKind.values()) {
                SearchQuery query = SearchQuery.of(slowest).withKinds(java.util.Set.of(kind));
                List<Double> runs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    search.search(query, 5);
                    runs.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(runs);
                lines.add(String.format("    %-12s %8.1f ms", kind, runs.get(RUNS / 2)));
                if (runs.get(RUNS / 2) > slowestTime) {
                    slowestTime = runs.get(RUNS / 2);
                    slowestKind = kind;
                }
            }
            lines.add(explainSlowest(slowest, slowestKind));
        }
        return lines;
    }

    /** EXPLAIN ANALYZE of the queries of the slowest kind for the slowest words, as the reader runs them. */
    private String explainSlowest(String words, SearchKind kind) {
        StringBuilder plans = new StringBuilder("  EXPLAIN (ANALYZE, BUFFERS) of its " + kind + " queries (the page of hits, then the count):\n");
        for (Map.Entry<String, Map<String, Object>> statement : search.sqlOf(kind, SearchQuery.of(words), 5)) {
            jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + statement.getKey()).params(statement.getValue()).query(String.class).list()
                    .forEach(line -> plans.append("    ").append(line).append('\n'));
            plans.append("    --\n");
        }
        return plans.toString();
    }

    /**
     * Generated records with text in English, Russian, Korean, Arabic, Persian and Indonesian (words drawn from the
     * vocabulary of the demo data's reporting), in SQL: incidents with parties, sources cited by them (two in three
     * with an originating outlet, translations of those not in English), 2,000 speakers (one in four with names in
     * Cyrillic or Hangul) and statements (two in five with a quote in a language and its translation). Five in six
     * are published. Deterministic: the same rows on every run.
     */
    static void generate(JdbcClient jdbc, int incidents, int sources, int statements) {
        jdbc.sql("""
                CREATE FUNCTION pg_temp.bench_text(words text[], seed bigint, len int) RETURNS text LANGUAGE sql IMMUTABLE AS
                $$ SELECT string_agg(words[1 + ((seed * 2654435761 + k * 40503 + k * k * 97) % array_length(words, 1))::int], ' ' ORDER BY k)
                   FROM generate_series(1, len) k $$""").update();
        jdbc.sql("""
                CREATE TEMP TABLE bench_words (language text PRIMARY KEY, words text[]) ON COMMIT DROP""").update();
        jdbc.sql("""
                INSERT INTO bench_words VALUES
                ('en', string_to_array('shells artillery ammunition drones missiles ballistic rockets troops shipment shipped cargo vessel port rail '
                   || 'container containers Rajin Najin Vladivostok Tikhoretsk Dunai Kursk Kharkiv Kyiv Odesa Tatarstan Geran Fath-360 Iskander '
                   || 'launchers sanctions resolution panel experts report satellite imagery intelligence officials spokesman ministry foreign '
                   || 'defence said denied alleged confirmed reported deliveries transfer transfers supplied exports factory plant production '
                   || 'components parts engines electronics Russia Iran North Korea Pyongyang Moscow Tehran Kremlin United States Ukraine '
                   || 'Belarus China the of and in to from with by on at after before more than nearly about new first train ships trucks '
                   || 'border crossing warehouse airfield strike strikes debris wreckage serial numbers markings investigators open-source '
                   || 'analysts evidence claims denial statement meeting summit treaty partnership cooperation military weapons arms '
                   || 'million thousands hundreds week month year', ' ')),
                ('ru', string_to_array('снаряды снарядов поставки поставок ракеты ракет дроны беспилотники КНДР Россия Иран санкции '
                   || 'резолюция разведка сообщает Минобороны заявил отрицает эшелон порт Владивосток Курск Харьков Украина Пхеньян '
                   || 'Москва военное сотрудничество оружие боеприпасы доставка контейнеры судно корабль граница склад удары обломки '
                   || 'эксперты доклад спутниковые снимки представитель МИД Кремль договор встреча саммит и в на с из по после более', ' ')),
                ('ko', string_to_array('김여정 담화 러시아 무기 수출 포탄 미사일 북한 부인 발표 조선중앙통신 외무성 국방성 군사협력 제재 결의 '
                   || '탄도미사일 컨테이너 선박 항구 철도 평양 모스크바 우크라이나 쿠르스크 파병 병력 위성사진 전문가 보고서 대변인 '
                   || '주장 의혹 확인 보도 회담 조약 동맹 협력 무기거래 황당무계한 억측이다 강하게 일축했다', ' ')),
                ('ar', string_to_array('إيران روسيا طائرات مسيرة صواريخ عقوبات مجلس الأمن قرار تنفي إرسال أسلحة ذخيرة الحرب '
                   || 'أوكرانيا الخارجية المتحدث وزارة قالت مصادر تقرير خبراء صور الأقمار الصناعية شحنة سفينة ميناء طهران موسكو '
                   || 'كييف ضربات حطام الطائرات المسيرة الصواريخ الباليستية تعاون عسكري اتفاقية', ' ')),
                ('fa', string_to_array('ایران روسیه پهپاد پهپادهای موشک تحریم شورای امنیت قطعنامه تکذیب ارسال سلاح جنگ اوکراین '
                   || 'سخنگوی وزارت خارجه گفت تهران مسکو کی‌یف گزارش کارشناسان تصاویر ماهواره‌ای محموله کشتی بندر همکاری نظامی '
                   || 'بالستیک شاهد حملات ادعا رد کرد', ' ')),
                ('id', string_to_array('Rusia Korea Utara senjata rudal amunisi sanksi resolusi Dewan Keamanan PBB melanggar pelanggaran '
                   || 'kerja sama militer Pyongyang Moskow Ukraina pengiriman peluru artileri kapal pelabuhan kereta kontainer laporan '
                   || 'pejabat mengatakan membantah menuduh dituduh pertemuan perjanjian pesawat nirawak drone balistik perang', ' '))
                """).update();
        jdbc.sql("""
                INSERT INTO actor (kind, name, country_code, title, other_names)
                SELECT 'PERSON',
                       (ARRAY['Kim','Pak','Choe','Ri','Jong','Ivanov','Petrov','Sokolov','Volkov','Hosseini','Rezaei','Moradi','Ahmadi',
                              'Smith','Jones','Garcia','Nguyen','Suzuki','Tanaka','Schmidt'])[1 + g % 20]
                       || ' ' || (ARRAY['Yong-chol','Song-nam','Il','Su-jin','Myong-hak','Sergei','Anna','Oleg','Irina','Ali','Reza',
                              'Maryam','Hassan','John','Maria','Wei','Akira','Hana','Peter','Lena'])[1 + (g / 20) % 20] || ' ' || g,
                       (ARRAY['KP','RU','IR','US','UA','CN','KR','GB'])[1 + g % 8],
                       (ARRAY['foreign ministry spokesperson','defence minister','ambassador to the United Nations','intelligence chief',
                              'deputy foreign minister','military analyst'])[1 + g % 6],
                       CASE WHEN g % 4 = 0 THEN ARRAY[(ARRAY['Ким','Пак','Цой','Ли','Чон','Иванов','Петров','Соколов'])[1 + g % 8] || ' ' || g]
                            WHEN g % 4 = 1 THEN ARRAY[(ARRAY['김','박','최','리','정'])[1 + g % 5] || '영철 ' || g]
                            ELSE '{}' END
                FROM generate_series(1, 2000) g""").update();
        jdbc.sql("""
                INSERT INTO incident (kind, title, summary, place, category, date_from, date_to, date_precision, status, confidence,
                                      workflow_state, created_by, updated_by)
                SELECT CASE WHEN g % 5 = 0 THEN 'EVENT' ELSE 'VIOLATION' END,
                       initcap(pg_temp.bench_text(w.words, g, 7 + g % 4)) || CASE WHEN g % 997 = 0 THEN ' at Alabuga' ELSE '' END,
                       pg_temp.bench_text(w.words, g * 3 + 1, 30 + g % 15) || CASE WHEN g % 1499 = 0 THEN ', some built at Alabuga.' ELSE '.' END,
                       (ARRAY['Rajin','Vladivostok','Kursk','Kharkiv','Tehran','Pyongyang','Dunai','Tikhoretsk'])[1 + g % 8],
                       (ARRAY['ARTILLERY_AMMUNITION','BALLISTIC_MISSILES','DRONES','TROOPS','SHIPPING','OTHER_MATERIEL','DIPLOMATIC','UN_ACTION'])[1 + g % 8],
                       DATE '2015-01-01' + (g::bigint * 7919 % 4000)::int, DATE '2015-01-01' + (g::bigint * 7919 % 4000)::int + (g % 3),
                       'DAY', (ARRAY['ALLEGED','CORROBORATED','CONFIRMED','DISPUTED','RETRACTED'])[1 + g % 5], 'MEDIUM',
                       CASE WHEN g % 6 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'bench', 'bench'
                FROM generate_series(1, :n) g, bench_words w WHERE w.language = 'en'
                """).param("n", incidents).update();
        jdbc.sql("""
                INSERT INTO incident_party (incident_id, country_code, role)
                SELECT id, (ARRAY['KP','RU','IR','BY','CN','SY','UA','YE','SD','MM'])[1 + id % 10], CASE kind WHEN 'EVENT' THEN 'PARTICIPANT' ELSE 'SUPPLIER' END
                FROM incident WHERE created_by = 'bench'
                UNION ALL
                SELECT id, (ARRAY['KP','RU','IR','BY','CN','SY','UA','YE','SD','MM'])[1 + (id / 10 + 1) % 10],
                       CASE kind WHEN 'EVENT' THEN 'HOST' ELSE 'RECIPIENT' END
                FROM incident WHERE created_by = 'bench' AND (id / 10 + 1) % 10 <> id % 10
                """).update();
        jdbc.sql("""
                INSERT INTO source (type, outlet, originating_outlet, url, language, published_on, title_original, title_translation,
                                    excerpt_original, excerpt_translation, translated_by, translation_method, reliability, state_media_of,
                                    workflow_state, created_by, updated_by)
                SELECT CASE WHEN g % 10 = 0 THEN 'STATE_MEDIA' WHEN g % 10 = 1 THEN 'RESEARCH_REPORT' WHEN g % 10 = 2 THEN 'OFFICIAL_DOCUMENT'
                            ELSE 'NEWS_ARTICLE' END,
                       (ARRAY['Reuters','AP','AFP','Yonhap','NK News','Kyiv Independent','TASS','RT','IRNA','Al Jazeera','Kommersant','Kompas',
                              'BBC','DW','The Guardian','Radio Free Asia','Daily NK','38 North','RUSI','CSIS'])[1 + g % 20] || ' ' || (g % 50),
                       CASE WHEN g % 3 = 0 THEN NULL ELSE (ARRAY['Reuters','AP','AFP','Yonhap','Interfax'])[1 + g % 5] END,
                       'https://bench.example/' || g, l.language, DATE '2015-01-01' + (g::bigint * 7919 % 4000)::int,
                       initcap(pg_temp.bench_text(w.words, g * 5 + 2, 8 + g % 5)),
                       CASE WHEN l.language = 'en' THEN NULL ELSE initcap(pg_temp.bench_text(en.words, g * 5 + 2, 8 + g % 5)) END,
                       pg_temp.bench_text(w.words, g * 7 + 3, 60 + g % 60),
                       CASE WHEN l.language = 'en' THEN NULL ELSE pg_temp.bench_text(en.words, g * 7 + 3, 40) END,
                       CASE WHEN l.language = 'en' THEN NULL ELSE 'DeepL' END, CASE WHEN l.language = 'en' THEN NULL ELSE 'MACHINE' END,
                       (ARRAY['A','B','B','C','C','D','E','F'])[1 + g % 8],
                       CASE WHEN g % 10 = 0 THEN (ARRAY['RU','KP','IR'])[1 + g % 3] END,
                       CASE WHEN g % 6 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'bench', 'bench'
                FROM generate_series(1, :n) g
                CROSS JOIN LATERAL (SELECT (ARRAY['en','en','en','en','en','en','ru','ru','ko','ar','fa','id'])[1 + g % 12] AS language) l
                JOIN bench_words w ON w.language = l.language JOIN bench_words en ON en.language = 'en'
                """).param("n", sources).update();
        jdbc.sql("""
                INSERT INTO incident_source (incident_id, source_id)
                WITH i AS (SELECT min(id) AS first, count(*) AS n FROM incident WHERE created_by = 'bench'),
                     s AS (SELECT min(id) AS first FROM source WHERE created_by = 'bench')
                -- The generated ids are consecutive: source k cites incident (k * 31) mod n, no join of the two.
                SELECT i.first + ((src.id - s.first) * 31) % i.n, src.id FROM source src, i, s WHERE src.created_by = 'bench'
                
                """).update();
        jdbc.sql("""
                WITH actors AS (SELECT array_agg(id ORDER BY id) AS ids FROM actor),
                bench_incidents AS (SELECT array_agg(id ORDER BY id) AS ids FROM incident WHERE created_by = 'bench'),
                s AS (
                    INSERT INTO statement (said_on, stance, summary, quote_original, quote_language, quote_translation, translated_by,
                                           translation_method, incident_id, workflow_state, created_by, updated_by)
                    SELECT DATE '2015-01-01' + (g::bigint * 6007 % 4000)::int,
                           (ARRAY['ALLEGES','DENIES','CONFIRMS','CONDEMNS','DECLINES_TO_COMMENT','REPORTS'])[1 + g % 6],
                           initcap(pg_temp.bench_text(en.words, g * 11 + 5, 18 + g % 10)) || '.',
                           CASE WHEN g % 5 < 2 THEN pg_temp.bench_text(w.words, g * 13 + 7, 15 + g % 15) END,
                           CASE WHEN g % 5 < 2 THEN l.language END,
                           CASE WHEN g % 5 < 2 AND l.language <> 'en' THEN pg_temp.bench_text(en.words, g * 13 + 7, 15 + g % 15) END,
                           CASE WHEN g % 5 < 2 AND l.language <> 'en' THEN 'DeepL' END,
                           CASE WHEN g % 5 < 2 AND l.language <> 'en' THEN 'MACHINE' END,
                           CASE WHEN g % 2 = 0 THEN (SELECT ids[1 + g % array_length(ids, 1)] FROM bench_incidents) END,
                           CASE WHEN g % 6 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 'bench', 'bench'
                    FROM generate_series(1, :n) g
                    CROSS JOIN LATERAL (SELECT (ARRAY['en','en','ru','ko','ar','fa','id'])[1 + g % 7] AS language) l
                    JOIN bench_words w ON w.language = l.language JOIN bench_words en ON en.language = 'en'
                    RETURNING id)
                INSERT INTO statement_speaker (statement_id, actor_id)
                SELECT s.id, a.ids[1 + (s.id * 7) % array_length(a.ids, 1)] FROM s, actors a
                """).param("n", statements).update();
    }
}
