package org.sanctionsmonitor.exchange;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.AppTest;
import org.sanctionsmonitor.SignedIn;
import org.sanctionsmonitor.dashboard.GeneratedData;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers of the data exchange, in this order: the export → import round trip of the whole demo dataset; the import
 * of 10,000 generated incident rows (CSV, through the dry run and the commit, as an editor would); the export of every
 * incident then in the database (those, 100,000 more generated in SQL as the dashboard benchmark does, and the demo's)
 * as CSV and JSON (time, bytes, memory); last the import of 100,000 incident rows into that database. Not part of {@code verify} (the class name ends in
 * neither Test nor IT) and asserts nothing but the round trip's equality; run it with
 * {@code ./mvnw test -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the lines starting with
 * {@code BENCH}. It commits for real into the throwaway test database. {@code -Dexchange.rows=10000,100000} sets the
 * import sizes; {@code -Dexchange.export=false} leaves out the round trip and the export (and so the 100,000 generated
 * incidents), to time an import alone into the demo data: {@code -Dexchange.rows=100000 -Dexchange.export=false}.
 */
@AppTest
class ExchangeBenchmark {

    private static final String[] GOODS = {"artillery shells", "122 mm rockets", "ballistic missiles", "attack drones", "drone engines",
            "machine tools", "ball bearings", "diesel fuel", "refined petroleum", "coal", "iron ore", "seafood", "textiles",
            "luxury cars", "radar parts", "night-vision sights", "rifle cartridges", "tank barrels", "gunpowder", "microchips"};
    private static final String[] CATEGORIES = {"ARTILLERY_AMMUNITION", "BALLISTIC_MISSILES", "DRONES", "SHIPPING", "OTHER_MATERIEL"};
    private static final String[] COUNTRIES = {"KP", "RU", "IR", "BY", "CN", "SY", "YE", "SD", "MM", "VE"};

    /** Incidents generated in SQL for the export (the imports' own count on top). */
    private static final int EXPORTED = 100_000;

    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void measure() {
        boolean export = Boolean.parseBoolean(System.getProperty("exchange.export", "true"));
        if (export) {
            print(roundTrip());
        }
        List<Integer> sizes = java.util.Arrays.stream(System.getProperty("exchange.rows", "10000,100000").split(","))
                .map(size -> Integer.parseInt(size.strip())).toList();
        print(importIncidents(sizes.getFirst()));
        if (export) {
            long started = System.nanoTime();
            GeneratedData.bulk(jdbc, EXPORTED);
            jdbc.sql("ANALYZE").update();
            print(List.of(String.format("generated %,d more incidents in SQL (parties, provisions, statements; every workflow state) in %.0f s",
                    EXPORTED, s(System.nanoTime() - started))));
            print(exportIncidents(ExportService.Format.CSV));
            print(exportIncidents(ExportService.Format.JSON));
        }
        for (int size : sizes.subList(1, sizes.size())) {
            print(importIncidents(size));
        }
    }

    /** Printed at once, so that a run cut short keeps what it measured. */
    private static void print(List<String> lines) {
        lines.forEach(line -> System.out.println("BENCH " + line));
    }

    /** Export the demo dataset, empty the database, import the file, export again and compare. */
    private List<String> roundTrip() {
        try (SignedIn admin = SignedIn.as("admin", Role.ADMIN)) {
            long started = System.nanoTime();
            byte[] first = dataset();
            long exported = System.nanoTime();
            for (String table : List.of("pending_revision", "statement_signatory", "statement_speaker", "statement", "incident_party",
                    "incident_source", "incident_provision", "incident", "source", "provision_period", "provision", "resolution",
                    "sanctions_regime", "actor", "incident_category")) {
                jdbc.sql("DELETE FROM " + table).update();
            }
            long wiped = System.nanoTime();
            ImportReport checked = imports.check(List.of(new ImportFile("dataset.json", first)), ImportTarget.AS_EXPORTED, ImportProgress.NONE);
            long dryRun = System.nanoTime();
            if (!checked.canCommit() || !checked.duplicates().isEmpty()) {
                throw new AssertionError("The round trip's dry run found problems: " + checked.problems());
            }
            ImportResult result = imports.commit(checked, Map.of(), ImportTarget.AS_EXPORTED, ImportProgress.NONE);
            long committed = System.nanoTime();
            byte[] second = dataset();
            long exportedAgain = System.nanoTime();
            boolean same = DatasetRoundTripTest.canonical(json, first).equals(DatasetRoundTripTest.canonical(json, second));
            if (!same || !result.committed()) {
                throw new AssertionError("The round trip changed the data: " + result);
            }
            return List.of(String.format("round trip of the demo dataset (%,d bytes of JSON, %s): identical after the round trip = %s",
                            first.length, result.written(), same),
                    String.format("  export %d ms, dry run %d ms, commit %d ms, export again %d ms; export + import + export %d ms "
                                    + "(emptying the tables, %d ms, not counted)", ms(exported - started), ms(dryRun - wiped),
                            ms(committed - dryRun), ms(exportedAgain - committed), ms((exported - started) + (exportedAgain - wiped)),
                            ms(wiped - exported)));
        }
    }

    private byte[] dataset() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        exports.dataset(out);
        return out.toByteArray();
    }

    /** A CSV of generated incident rows, checked and committed as drafts by an editor; possible duplicates imported as new. */
    private List<String> importIncidents(int rows) {
        String source = jdbc.sql("SELECT url FROM published_sources() ORDER BY id LIMIT 1").query(String.class).single();
        byte[] csv = incidentsCsv(rows, rows, source);
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            long before = count();
            long started = System.nanoTime();
            ImportReport checked = imports.check(List.of(new ImportFile("incidents-" + rows + ".csv", csv)), ImportTarget.DRAFT, ImportProgress.NONE);
            long dryRun = System.nanoTime();
            if (!checked.canCommit()) {
                throw new AssertionError("The generated file has problems: " + checked.problems().stream().limit(5).toList());
            }
            Map<String, ImportDuplicate.Decision> asNew = new HashMap<>();
            checked.duplicates().forEach(duplicate -> asNew.put(duplicate.key(), ImportDuplicate.Decision.NEW));
            ImportResult result = imports.commit(checked, asNew, ImportTarget.DRAFT, ImportProgress.NONE);
            long committed = System.nanoTime();
            if (!result.committed()) {
                throw new AssertionError("The commit was refused: " + result.problems().stream().limit(5).toList());
            }
            jdbc.sql("ANALYZE").update();
            return List.of(String.format("import of %,d incident rows (%,d bytes of CSV) into %,d incidents: %s written, %,d flagged as possible duplicates",
                            rows, csv.length, before, result.written(), checked.duplicates().size()),
                    String.format("  dry run %.1f s (%,.0f rows/s), commit %.1f s (%,.0f rows/s), both %.1f s (%,.0f rows/s)",
                            s(dryRun - started), rows / s(dryRun - started), s(committed - dryRun), rows / s(committed - dryRun),
                            s(committed - started), rows / s(committed - started)));
        }
    }

    /** Violations with a title, category, dates of each precision, a supplier and recipient, a provision, a source. */
    static byte[] incidentsCsv(int rows, long seed, String sourceUrl) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("title,kind,category,date_from,date_to,date_precision,supplier,recipient,provisions,sources,summary\n");
        for (int n = 0; n < rows; n++) {
            String supplier = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String recipient = COUNTRIES[(List.of(COUNTRIES).indexOf(supplier) + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length];
            LocalDate from = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String precision = switch (random.nextInt(4)) {
                case 0 -> "MONTH";
                case 1 -> "YEAR";
                default -> "DAY";
            };
            String dateFrom = switch (precision) {
                case "MONTH" -> from.toString().substring(0, 7);
                case "YEAR" -> from.toString().substring(0, 4);
                default -> from.toString();
            };
            String dateTo = precision.equals("DAY") && random.nextBoolean() ? from.plusDays(1 + random.nextInt(20)).toString() : "";
            String title = GOODS[random.nextInt(GOODS.length)] + " for " + name(random) + " " + name(random) + " from " + name(random)
                    + " " + name(random);
            csv.append('"').append(title.substring(0, 1).toUpperCase()).append(title.substring(1)).append("\",")
                    .append("VIOLATION").append(',')
                    .append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(',')
                    .append(dateFrom).append(',').append(dateTo).append(',').append(precision).append(',')
                    .append(supplier).append(',').append(recipient).append(',')
                    .append("\"S/RES/1718 (2006) OP8(b): States must prevent this transfer.\"").append(',')
                    .append(random.nextInt(3) == 0 ? sourceUrl : "").append(',')
                    .append("\"Generated for the import benchmark; row ").append(n).append(".\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A made-up name, so that titles differ as much as real ones do and the duplicate guard finds few of them alike. */
    private static String name(Random random) {
        String letters = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            name.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        name.append(letters.charAt(random.nextInt(letters.length())));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Every incident an editor sees, in one file, written to a stream that only counts. */
    private List<String> exportIncidents(ExportService.Format format) {
        try (SignedIn editor = SignedIn.as("editor", Role.EDITOR)) {
            long incidents = count();
            CountingStream out = new CountingStream();
            System.gc();
            long heapBefore = heapUsed();
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            exports.incidents(IncidentFilter.NONE, format, out);
            long finished = System.nanoTime();
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long oldGenPeak = pools.stream().filter(p -> p.getName().contains("Old")).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return List.of(String.format("export of %,d incidents as %s (an editor's export: every workflow state): %.1f s, %,d bytes (%,.0f incidents/s)",
                            incidents, format, s(finished - started), out.count, incidents / s(finished - started)),
                    String.format("  memory: heap in use %,d MB before; peak of the heap pools during the export %,d MB (old generation %,d MB); "
                                    + "%,d MB allocated in all by the exporting thread (%,d bytes per incident, mostly short-lived)",
                            heapBefore >> 20, peak >> 20, oldGenPeak >> 20, allocated >> 20, allocated / Math.max(1, incidents)));
        }
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
