package org.sanctionsmonitor.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Turns the rows of a CSV file into the records of the export format, so that CSV and JSON imports meet the same checks
 * afterwards. What a file holds (incidents, sources or statements) is told by its header row. Each cell that cannot be
 * read gives a problem at its row and column; the record is still made, so that the other checks run too.
 */
final class CsvRecords {

    enum Kind {
        INCIDENTS("incidents", List.of("title", "category", "date_from")),
        SOURCES("sources", List.of("outlet", "url", "title_original")),
        STATEMENTS("statements", List.of("speakers", "stance", "summary"));

        final String list;
        final List<String> required;

        Kind(String list, List<String> required) {
            this.list = list;
            this.required = required;
        }

        List<String> known() {
            return switch (this) {
                case INCIDENTS -> CsvColumns.names(CsvColumns.incidents(true));
                case SOURCES -> CsvColumns.names(CsvColumns.sources(true));
                case STATEMENTS -> CsvColumns.names(CsvColumns.statements(true));
            };
        }
    }

    /** Party columns, by the role they give a country. */
    private static final String PARTY_COLUMNS = "supplier, recipient, transit, flag_state, participant, host, subject";
    static final UnaryOperator<String> INCIDENT_COLUMNS = Located.csvColumns(Map.of("parties", PARTY_COLUMNS));
    static final UnaryOperator<String> SOURCE_COLUMNS = Located.csvColumns(Map.of());
    static final UnaryOperator<String> STATEMENT_COLUMNS = Located.csvColumns(Map.of("sourceId", "source_url", "newSpeakerName", "speakers",
            "newSpeakerCountry", "speakers", "said", "said_on"));

    private static final Pattern CITATION = Pattern.compile("(?i)^\\s*(?:S\\s*/\\s*RES\\s*/\\s*|UNSCR\\s*|resolution\\s+)?(\\d+)\\s*(?:\\(\\s*\\d{4}\\s*\\))?\\s*(.+?)\\s*$");
    private static final Pattern SPEAKER = Pattern.compile("^(.*?)\\s*\\(([A-Za-z]{2})\\)\\s*$");

    private CsvRecords() {
    }

    /** What the header says the file holds; null (with a problem) when it cannot be told or a column is wrong. */
    static Kind kind(CsvFile csv, List<ImportProblem> problems) {
        List<String> header = csv.header;
        Kind kind = header.contains("speakers") || header.contains("stance") ? Kind.STATEMENTS
                : header.contains("outlet") || header.contains("title_original") ? Kind.SOURCES
                : header.contains("title") || header.contains("category") || header.contains("date_from") ? Kind.INCIDENTS : null;
        if (kind == null) {
            problems.add(new ImportProblem(csv.name, "row 1", "", "Cannot tell what this file holds: its header row names none of the "
                    + "columns of incidents (title, category, date_from), sources (outlet, url, title_original) or statements "
                    + "(speakers, stance, summary). Start from a template on this page."));
            return null;
        }
        boolean wrong = false;
        for (String column : header) {
            if (column.isEmpty()) {
                continue;
            }
            if (!kind.known().contains(column)) {
                String suggestion = closest(column, kind.known());
                problems.add(new ImportProblem(csv.name, "row 1", column, "This is not a column of " + kind.list + "."
                        + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?") + " The columns are: "
                        + String.join(", ", kind.known()) + "."));
                wrong = true;
            }
        }
        for (String column : kind.required) {
            if (!header.contains(column)) {
                problems.add(new ImportProblem(csv.name, "row 1", column, "The column \"" + column + "\" is missing; " + kind.list
                        + " need the columns " + String.join(", ", kind.required) + "."));
                wrong = true;
            }
        }
        return wrong ? null : kind;
    }

    static Located<IncidentRecord> incident(String file, CsvFile.Row row, List<ImportProblem> problems) {
        CsvCells cells = new CsvCells(file, row);
        String precisionText = cells.text("date_precision");
        DatePrecision precision = precisionText == null ? null : cells.enumValue("date_precision", DatePrecision.class, null, null);
        String fromText = cells.text("date_from");
        if (precision == null && fromText != null) {
            precision = IsoDates.precisionOf(fromText);
        }
        LocalDate from = cells.date("date_from", false);
        if (from == null && cells.problems.stream().noneMatch(p -> "date_from".equals(p.column()))) {
            cells.problem("date_from", "Give the first day it happened (or the month or year, e.g. 2023-10 or 2023).");
        }
        LocalDate to = cells.text("date_to") == null ? (fromText == null ? null : endOf(fromText)) : cells.date("date_to", true);
        List<IncidentRecord.Party> parties = new ArrayList<>();
        for (PartyRole role : PartyRole.values()) {
            String column = role.name().toLowerCase(Locale.ROOT);
            cells.codes(column).forEach(code -> parties.add(new IncidentRecord.Party(code, role)));
        }
        List<IncidentRecord.Provision> provisions = new ArrayList<>();
        for (String line : cells.lines("provisions")) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                cells.problem("provisions", "Write each provision on its own line as \"S/RES/1718 (2006) OP8(b): why it applies\"; \""
                        + IsoDates.shorten(line) + "\" has no \": \" before the reason.");
                continue;
            }
            provisions.add(provision(line.substring(0, colon), line.substring(colon + 2).strip()));
        }
        List<IncidentRecord.CitedSource> sources = cells.lines("sources").stream().map(CsvRecords::citedSource).toList();
        IncidentRecord record = new IncidentRecord(cells.id("id"), cells.enumValue("kind", IncidentKind.class, IncidentKind::label, IncidentKind.VIOLATION),
                cells.required("title", "a title"), cells.text("summary"), cells.required("category", "a category"), null, from, to,
                precision == null ? DatePrecision.DAY : precision, cells.text("place"), cells.number("latitude"), cells.number("longitude"),
                cells.enumValue("status", IncidentStatus.class, IncidentStatus::label, IncidentStatus.ALLEGED),
                cells.enumValue("confidence", Confidence.class, Confidence::label, Confidence.MEDIUM), cells.text("notes"),
                parties, provisions, sources, null, null, null, null);
        problems.addAll(cells.problems);
        return new Located<>(file, cells.where(), record, INCIDENT_COLUMNS);
    }

    private static LocalDate endOf(String fromText) {
        try {
            return IsoDates.parse(fromText, true);
        } catch (IllegalArgumentException bad) {
            return null; // reported at date_from
        }
    }

    /** "S/RES/1718 (2006) OP8(b)", "1718 OP8(b)", "UNSCR 2231 Annex B para 4" → resolution number and label. */
    static IncidentRecord.Provision provision(String citation, String rationale) {
        Matcher matcher = CITATION.matcher(citation);
        if (!matcher.matches()) {
            return new IncidentRecord.Provision(null, null, citation.strip(), rationale);
        }
        return new IncidentRecord.Provision(Integer.valueOf(matcher.group(1)), matcher.group(2), citation.strip(), rationale);
    }

    /** "https://… | supporting quote | note" */
    static IncidentRecord.CitedSource citedSource(String line) {
        String[] parts = line.split(Pattern.quote(CsvColumns.PART_SEPARATOR.strip()), 3);
        return new IncidentRecord.CitedSource(parts[0].strip(), parts.length > 1 ? RecordMapping.blankToNull(parts[1]) : null,
                parts.length > 2 ? RecordMapping.blankToNull(parts[2]) : null);
    }

    static Located<SourceRecord> source(String file, CsvFile.Row row, List<ImportProblem> problems) {
        CsvCells cells = new CsvCells(file, row);
        String language = cells.text("language");
        SourceRecord record = new SourceRecord(cells.id("id"), cells.enumValue("type", SourceType.class, SourceType::label, SourceType.NEWS_ARTICLE),
                cells.required("outlet", "the outlet or publisher"), cells.text("originating_outlet"), code(cells.text("state_media_of")),
                cells.text("origin"), cells.required("url", "the web address"),
                language == null ? "en" : language,
                cells.date("published_on", false), cells.date("retrieved_on", false), cells.required("title_original", "the title in the original language"),
                cells.text("title_translation"), cells.text("excerpt_original"), cells.text("excerpt_translation"), cells.text("translated_by"),
                cells.enumValue("translation_method", TranslationMethod.class, null, null), cells.date("translated_on", false),
                cells.text("translation_reviewed_by"), cells.date("translation_reviewed_on", false), cells.text("archived_url"),
                reliability(cells), cells.text("notes"), null, null, null, null);
        problems.addAll(cells.problems);
        return new Located<>(file, cells.where(), record, SOURCE_COLUMNS);
    }

    /** A country code as written, upper-cased; the import checks that the country exists. */
    private static String code(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static Reliability reliability(CsvCells cells) {
        String value = cells.text("reliability");
        if (value == null) {
            return Reliability.F;
        }
        String letter = value.trim().substring(0, 1).toUpperCase(Locale.ROOT);
        try {
            if (value.trim().length() == 1 || value.trim().charAt(1) == ' ' || value.trim().charAt(1) == '–' || value.trim().charAt(1) == '-') {
                return Reliability.valueOf(letter);
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        cells.problem("reliability", "\"" + IsoDates.shorten(value) + "\" is not a reliability grade: use a letter from A (completely reliable) to F (cannot be judged).");
        return Reliability.F;
    }

    static Located<StatementRecord> statement(String file, CsvFile.Row row, List<ImportProblem> problems) {
        CsvCells cells = new CsvCells(file, row);
        List<StatementRecord.Speaker> speakers = cells.lines("speakers").stream().map(CsvRecords::speaker).toList();
        String saidText = cells.text("said_on");
        SaidPrecision precision = cells.text("said_precision") == null ? null
                : cells.enumValue("said_precision", SaidPrecision.class, null, null);
        if (precision == null) {
            DatePrecision written = IsoDates.precisionOf(saidText);
            precision = written == null ? (cells.text("reported_on") != null ? SaidPrecision.UNDATED : SaidPrecision.DAY)
                    : SaidPrecision.valueOf(written.name());
        }
        LocalDate saidOn = cells.date("said_on", false);
        StatementRecord record = new StatementRecord(cells.id("id"), speakers, cells.codes("signatories"), precision,
                saidText, saidOn, cells.date("reported_on", false), cells.enumValue("stance", Stance.class, Stance::label, null),
                cells.required("summary", "a summary of what was said"), cells.text("quote_original"), cells.text("quote_language"),
                cells.text("quote_translation"), cells.text("translated_by"),
                cells.enumValue("translation_method", TranslationMethod.class, null, null), cells.date("translated_on", false),
                cells.text("translation_reviewed_by"), cells.date("translation_reviewed_on", false), cells.text("attribution_note"), cells.text("source_url"), cells.id("incident_id"),
                null, null, null, null);
        if (record.stance() == null && cells.problems.stream().noneMatch(p -> "stance".equals(p.column()))) {
            cells.problem("stance", "Give the stance: " + String.join(", ", java.util.Arrays.stream(Stance.values()).map(Enum::name).toList()) + ".");
        }
        problems.addAll(cells.problems);
        return new Located<>(file, cells.where(), record, STATEMENT_COLUMNS);
    }

    /** "Maria Zakharova (RU)" or "IAEA"; a new speaker is made a person unless the export said otherwise. */
    static StatementRecord.Speaker speaker(String line) {
        Matcher matcher = SPEAKER.matcher(line);
        return matcher.matches()
                ? new StatementRecord.Speaker(matcher.group(1).strip(), matcher.group(2).toUpperCase(Locale.ROOT), ActorKind.PERSON, null, List.of())
                : new StatementRecord.Speaker(line.strip(), null, ActorKind.PERSON, null, List.of());
    }

    /** The known column closest to a mistyped one, if it is close. */
    static String closest(String column, List<String> known) {
        return known.stream().min(Comparator.comparingInt(k -> distance(column, k)))
                .filter(k -> distance(column, k) <= Math.max(2, k.length() / 3)).orElse(null);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
