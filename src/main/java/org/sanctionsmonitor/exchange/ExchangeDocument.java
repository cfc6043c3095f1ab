package org.sanctionsmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.statement.ActorKind;

/**
 * The JSON export format, which the JSON import reads back: a header, then lists of records, each present only when the
 * export holds that kind. A list export holds one list (with the filter it was made with); a full dataset export holds
 * every list, in the order an import needs them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangeDocument(
        String format, Integer version, String kind, Instant exportedAt, String exportedBy, Map<String, String> filter,
        List<CategoryRecord> categories, List<RegimeRecord> regimes, List<ResolutionRecord> resolutions, List<ActorRecord> actors,
        List<SourceRecord> sources, List<IncidentRecord> incidents, List<StatementRecord> statements, List<TimelineRecord> timeline) {

    public static final String FORMAT = "sanctions-monitor";
    public static final int VERSION = 1;

    public record CategoryRecord(String code, String label, String description, int sortOrder, boolean retired) {
    }

    public record RegimeRecord(String code, String name, String description) {
    }

    /** A speaker; name and country together are its key. */
    public record ActorRecord(ActorKind kind, String name, String country, String title, List<String> otherNames, String notes) {
    }
}
