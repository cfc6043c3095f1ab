package org.sanctionsmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.editorial.RecordedState;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.incident.Confidence;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;

/**
 * An incident or event as the JSON export, the JSON import and the read API write it. Field names are stable. Links
 * name what they point to by a key that holds in any database: countries by ISO code, provisions by resolution number
 * and paragraph label, sources by web address. {@code date} is the ISO 8601 date with its precision ("2023-10").
 * Editors' exports add the workflow state; a full dataset export adds who made it when ({@code recorded}) and the change
 * waiting on it ({@code pending}).
 */
public record IncidentRecord(
        Long id, IncidentKind kind, String title, String summary, String category, String date, java.time.LocalDate dateFrom,
        java.time.LocalDate dateTo, DatePrecision datePrecision, String place, BigDecimal latitude, BigDecimal longitude,
        IncidentStatus status, Confidence confidence, String notes, List<Party> parties, List<Provision> provisions,
        List<CitedSource> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) WorkflowState workflowState,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) RecordedState recorded,
        @JsonInclude(JsonInclude.Include.NON_NULL) PendingRecord<IncidentRecord> pending) {

    public record Party(String country, PartyRole role) {
    }

    /** A provision allegedly breached: {@code citation} ("S/RES/1718 (2006) OP8(b)") is for people; the import reads number and label. */
    public record Provision(Integer resolution, String label, String citation, String rationale) {
    }

    /** A cited source by its web address, with the passage that supports the incident. */
    public record CitedSource(String url, String supportingQuote, String note) {
    }

    IncidentRecord withPending(RecordedState recorded, PendingRecord<IncidentRecord> pending) {
        return new IncidentRecord(id, kind, title, summary, category, date, dateFrom, dateTo, datePrecision, place, latitude, longitude,
                status, confidence, notes, parties, provisions, sources, workflowState, updatedAt, recorded, pending);
    }

    /** The content alone, as a pending revision holds it. */
    IncidentRecord contentOnly() {
        return new IncidentRecord(null, kind, title, summary, category, date, dateFrom, dateTo, datePrecision, place, latitude, longitude,
                status, confidence, notes, parties, provisions, sources, null, null, null, null);
    }
}
