package org.sanctionsmonitor.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctionsmonitor.incident.PartyRole;

/**
 * The CSV columns of each list, in one place: the export writes them, the import reads the same names (columns marked
 * export-only are ignored by the import), and the README's column reference ({@code docs/import-csv.md}) describes them.
 * Lists inside a cell are one item per line; country codes may also be separated by {@code ;} or {@code ,}.
 */
public final class CsvColumns {

    /** Columns the export writes for information that the import does not read. */
    public static final List<String> INCIDENT_EXPORT_ONLY = List.of("date", "workflow_state", "updated_at");
    public static final List<String> SOURCE_EXPORT_ONLY = List.of("workflow_state", "updated_at");
    public static final List<String> STATEMENT_EXPORT_ONLY = List.of("workflow_state", "updated_at");

    /** " | " separates a cited source's address, its supporting quote and a note, on one line of the {@code sources} cell. */
    public static final String PART_SEPARATOR = " | ";

    private CsvColumns() {
    }

    public static List<Column<IncidentRecord>> incidents(boolean editor) {
        List<Column<IncidentRecord>> columns = new ArrayList<>(List.of(
                Column.of("id", IncidentRecord::id),
                Column.of("kind", IncidentRecord::kind),
                Column.of("title", IncidentRecord::title),
                Column.of("category", IncidentRecord::category),
                Column.of("date_from", IncidentRecord::dateFrom),
                Column.of("date_to", IncidentRecord::dateTo),
                Column.of("date_precision", IncidentRecord::datePrecision),
                Column.of("date", IncidentRecord::date),
                Column.of("status", IncidentRecord::status),
                Column.of("confidence", IncidentRecord::confidence),
                Column.of("place", IncidentRecord::place),
                Column.of("latitude", IncidentRecord::latitude),
                Column.of("longitude", IncidentRecord::longitude)));
        for (PartyRole role : PartyRole.values()) {
            columns.add(Column.of(role.name().toLowerCase(java.util.Locale.ROOT), incident -> incident.parties().stream()
                    .filter(party -> party.role() == role).map(IncidentRecord.Party::country).collect(Collectors.joining("; "))));
        }
        columns.add(Column.of("provisions", incident -> incident.provisions().stream()
                .map(p -> p.citation() + ": " + p.rationale()).toList()));
        columns.add(Column.of("sources", incident -> incident.sources().stream().map(CsvColumns::citedSource).toList()));
        columns.add(Column.of("summary", IncidentRecord::summary));
        columns.add(Column.of("notes", IncidentRecord::notes));
        if (editor) {
            columns.add(Column.of("workflow_state", IncidentRecord::workflowState));
            columns.add(Column.of("updated_at", IncidentRecord::updatedAt));
        }
        return columns;
    }

    /** "url | supporting quote | note", leaving out what is empty at the end. */
    static String citedSource(IncidentRecord.CitedSource source) {
        String quote = source.supportingQuote() == null ? "" : source.supportingQuote();
        String line = source.url() + (quote.isEmpty() && source.note() == null ? "" : PART_SEPARATOR + quote);
        return source.note() == null ? line : line + PART_SEPARATOR + source.note();
    }

    public static List<Column<SourceRecord>> sources(boolean editor) {
        List<Column<SourceRecord>> columns = new ArrayList<>(List.of(
                Column.of("id", SourceRecord::id),
                Column.of("type", SourceRecord::type),
                Column.of("outlet", SourceRecord::outlet),
                Column.of("originating_outlet", SourceRecord::originatingOutlet),
                Column.of("state_media_of", SourceRecord::stateMediaOf),
                Column.of("origin", SourceRecord::origin),
                Column.of("url", SourceRecord::url),
                Column.of("language", SourceRecord::language),
                Column.of("published_on", SourceRecord::publishedOn),
                Column.of("retrieved_on", SourceRecord::retrievedOn),
                Column.of("title_original", SourceRecord::titleOriginal),
                Column.of("title_translation", SourceRecord::titleTranslation),
                Column.of("excerpt_original", SourceRecord::excerptOriginal),
                Column.of("excerpt_translation", SourceRecord::excerptTranslation),
                Column.of("translated_by", SourceRecord::translatedBy),
                Column.of("translation_method", SourceRecord::translationMethod),
                Column.of("translated_on", SourceRecord::translatedOn),
                Column.of("translation_reviewed_by", SourceRecord::translationReviewedBy),
                Column.of("translation_reviewed_on", SourceRecord::translationReviewedOn),
                Column.of("archived_url", SourceRecord::archivedUrl),
                Column.of("reliability", SourceRecord::reliability),
                Column.of("notes", SourceRecord::notes)));
        if (editor) {
            columns.add(Column.of("workflow_state", SourceRecord::workflowState));
            columns.add(Column.of("updated_at", SourceRecord::updatedAt));
        }
        return columns;
    }

    public static List<Column<StatementRecord>> statements(boolean editor) {
        List<Column<StatementRecord>> columns = new ArrayList<>(List.of(
                Column.of("id", StatementRecord::id),
                Column.of("speakers", statement -> statement.speakers().stream().map(CsvColumns::speaker).toList()),
                Column.of("signatories", statement -> String.join("; ", statement.signatories())),
                Column.of("said_precision", StatementRecord::saidPrecision),
                Column.of("said_on", StatementRecord::said),
                Column.of("reported_on", StatementRecord::reportedOn),
                Column.of("stance", StatementRecord::stance),
                Column.of("summary", StatementRecord::summary),
                Column.of("quote_original", StatementRecord::quoteOriginal),
                Column.of("quote_language", StatementRecord::quoteLanguage),
                Column.of("quote_translation", StatementRecord::quoteTranslation),
                Column.of("translated_by", StatementRecord::translatedBy),
                Column.of("translation_method", StatementRecord::translationMethod),
                Column.of("translated_on", StatementRecord::translatedOn),
                Column.of("translation_reviewed_by", StatementRecord::translationReviewedBy),
                Column.of("translation_reviewed_on", StatementRecord::translationReviewedOn),
                Column.of("attribution_note", StatementRecord::attributionNote),
                Column.of("source_url", StatementRecord::sourceUrl),
                Column.of("incident_id", StatementRecord::incidentId)));
        if (editor) {
            columns.add(Column.of("workflow_state", StatementRecord::workflowState));
            columns.add(Column.of("updated_at", StatementRecord::updatedAt));
        }
        return columns;
    }

    /** "Maria Zakharova (RU)", or the name alone for a speaker without a country. */
    static String speaker(StatementRecord.Speaker speaker) {
        return speaker.country() == null ? speaker.name() : speaker.name() + " (" + speaker.country() + ")";
    }

    public static List<Column<SearchRecord>> search(boolean editor) {
        List<Column<SearchRecord>> columns = new ArrayList<>(List.of(
                Column.of("kind", SearchRecord::kind),
                Column.of("id", SearchRecord::id),
                Column.of("title", SearchRecord::title),
                Column.of("snippet", SearchRecord::snippet),
                Column.of("detail", SearchRecord::detail),
                Column.of("date", SearchRecord::date),
                Column.of("machine_translation", SearchRecord::machineTranslation),
                Column.of("page", SearchRecord::page)));
        if (editor) {
            columns.add(Column.of("workflow_state", SearchRecord::workflowState));
        }
        return columns;
    }

    public static List<Column<TimelineRecord>> timeline() {
        return List.of(
                Column.of("kind", TimelineRecord::kind),
                Column.of("date", TimelineRecord::date),
                Column.of("date_from", TimelineRecord::dateFrom),
                Column.of("date_to", TimelineRecord::dateTo),
                Column.of("date_precision", TimelineRecord::datePrecision),
                Column.of("title", TimelineRecord::title),
                Column.of("detail", TimelineRecord::detail),
                Column.of("page", TimelineRecord::page));
    }

    /** Names of the columns, for the import's checks and the documentation. */
    static <T> List<String> names(List<Column<T>> columns) {
        return columns.stream().map(Column::name).filter(Objects::nonNull).toList();
    }

    static List<String> importable(List<String> names, List<String> exportOnly) {
        return Stream.of(names).flatMap(List::stream).filter(name -> !exportOnly.contains(name)).toList();
    }
}
