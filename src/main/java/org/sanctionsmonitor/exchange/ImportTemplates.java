package org.sanctionsmonitor.exchange;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.incident.Confidence;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;

/**
 * The CSV templates offered on the import page: the import's columns with an example row of each kind — an alleged
 * violation and an event; a news article in Korean with its translation and a UN document; a dated allegation by two
 * speakers, a joint statement known to the month, and an undated report. Imported together, the three templates pass.
 * They are written by the export's own CSV writer, so a template, an export and an import agree.
 */
final class ImportTemplates {

    static final String ARTICLE = "https://example.org/news/2023/09/rail-shipment";
    static final String REPORT = "https://example.org/un/s-2024-215";

    private ImportTemplates() {
    }

    static byte[] csv(String kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case "incidents" -> TableWriter.csv(out, importable(CsvColumns.incidents(false), CsvColumns.INCIDENT_EXPORT_ONLY), incidents()::forEach);
            case "sources" -> TableWriter.csv(out, importable(CsvColumns.sources(false), CsvColumns.SOURCE_EXPORT_ONLY), sources()::forEach);
            case "statements" -> TableWriter.csv(out, importable(CsvColumns.statements(false), CsvColumns.STATEMENT_EXPORT_ONLY), statements()::forEach);
            default -> throw new IllegalArgumentException("No template for " + kind);
        }
        return out.toByteArray();
    }

    private static <T> List<Column<T>> importable(List<Column<T>> columns, List<String> exportOnly) {
        return columns.stream().filter(column -> !exportOnly.contains(column.name()) && !column.name().equals("id")).toList();
    }

    static List<IncidentRecord> incidents() {
        return List.of(
                new IncidentRecord(null, IncidentKind.VIOLATION, "Example: artillery shells moved by rail from North Korea to Russia",
                        "Satellite images show containers loaded at Rajin and unloaded at Tumangang; the shipment is said to hold artillery shells.",
                        "ARTILLERY_AMMUNITION", null, LocalDate.of(2023, 9, 5), LocalDate.of(2023, 9, 13), DatePrecision.DAY,
                        "Tumangang–Khasan rail crossing", new BigDecimal("42.4203"), new BigDecimal("130.6510"), IncidentStatus.ALLEGED,
                        Confidence.MEDIUM, "Replace this example with your own incident.",
                        List.of(new IncidentRecord.Party("KP", PartyRole.SUPPLIER), new IncidentRecord.Party("RU", PartyRole.RECIPIENT)),
                        List.of(new IncidentRecord.Provision(1718, "OP8(b)", "S/RES/1718 (2006) OP8(b)",
                                "The DPRK may not export arms or related materiel, and States must prohibit procuring them.")),
                        List.of(new IncidentRecord.CitedSource(ARTICLE, "containers of artillery shells crossed the border by rail", null)),
                        null, null, null, null),
                new IncidentRecord(null, IncidentKind.EVENT, "Example: summit at the Vostochny Cosmodrome", null, "DIPLOMATIC", null,
                        LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30), DatePrecision.MONTH, "Vostochny Cosmodrome", null, null,
                        IncidentStatus.CONFIRMED, Confidence.HIGH, null,
                        List.of(new IncidentRecord.Party("KP", PartyRole.PARTICIPANT), new IncidentRecord.Party("RU", PartyRole.HOST)),
                        List.of(), List.of(new IncidentRecord.CitedSource(REPORT, null, null)), null, null, null, null));
    }

    static List<SourceRecord> sources() {
        return List.of(
                new SourceRecord(null, SourceType.NEWS_ARTICLE, "Example Daily", "Yonhap", null, null, ARTICLE, "ko", LocalDate.of(2023, 9, 14),
                        LocalDate.of(2023, 9, 15), "북한, 러시아에 포탄 철도 수송", "North Korea ships shells to Russia by rail",
                        "위성사진에 따르면 …", "According to satellite images …", "An editor", TranslationMethod.HUMAN, LocalDate.of(2023, 9, 15), "A second editor", LocalDate.of(2023, 9, 16),
                        "https://web.archive.org/web/2023/" + ARTICLE, Reliability.C, null, null, null, null, null),
                new SourceRecord(null, SourceType.UN_DOCUMENT, "United Nations Security Council", null, null, null, REPORT, "en", LocalDate.of(2024, 3, 7),
                        null, "Final report of the Panel of Experts submitted pursuant to resolution 2680 (2023)", null, null, null, null, null,
                        null, null, null, null, Reliability.A, null, null, null, null, null));
    }

    static List<StatementRecord> statements() {
        return List.of(
                new StatementRecord(null, List.of(new StatementRecord.Speaker("Example Spokesperson", "US", ActorKind.PERSON, null, List.of()),
                        new StatementRecord.Speaker("Example Minister", "KR", ActorKind.PERSON, null, List.of())), List.of(), SaidPrecision.DAY,
                        "2023-09-15", LocalDate.of(2023, 9, 15), null, Stance.ALLEGES,
                        "Said that North Korea had sent artillery shells to Russia by rail.", null, null, null, null, null, null, null, null, null, ARTICLE, null,
                        null, null, null, null),
                new StatementRecord(null, List.of(new StatementRecord.Speaker("Example Foreign Ministers", null, ActorKind.ORGANISATION, null, List.of())),
                        List.of("FR", "DE", "GB", "JP"), SaidPrecision.MONTH, "2023-10", LocalDate.of(2023, 10, 1), null, Stance.CONDEMNS,
                        "A joint statement condemned arms transfers from North Korea to Russia.", null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null),
                new StatementRecord(null, List.of(new StatementRecord.Speaker("Example News Agency", "KP", ActorKind.STATE_BODY, null, List.of())),
                        List.of(), SaidPrecision.UNDATED, null, null, LocalDate.of(2023, 9, 18), Stance.REPORTS,
                        "Reported the leader's visit to a Russian aircraft plant.", null, null, null, null, null, null, null, null, null, REPORT, null,
                        null, null, null, null));
    }
}
