package org.sanctionsmonitor.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;

/** The read models of the overview dashboard. Every figure counts published items only. */
public final class Overview {

    private Overview() {
    }

    /**
     * The key figures. {@code violationsByStatus} counts published violations (incidents of kind VIOLATION) by status;
     * allegations are statements that allege, confirm or condemn, denials those that deny or decline to comment.
     */
    public record KeyFigures(Map<IncidentStatus, Integer> violationsByStatus, int violations, int events,
            int allegations, int denials, int sources, int countries, Instant lastUpdate) {
    }

    /**
     * Published violations of one category whose date range touches one month. An incident known only to the year
     * counts in each month of that year, as the list's date filter (overlap) does.
     */
    public record MonthCount(LocalDate month, String category, String categoryLabel, int sortOrder, int incidents) {
    }

    /** Published incidents with this supplier and this recipient among their parties. */
    public record Flow(String supplierCode, String supplierName, String recipientCode, String recipientName, int incidents) {
    }

    /**
     * A country in the flows, with where the world map draws it ({@code mapName} and its point; null where the map lacks
     * it) and the number of published incidents in which it is supplier, and recipient (with or without counterpart).
     */
    public record FlowCountry(String code, String name, String mapName, Double longitude, Double latitude, int asSupplier,
            int asRecipient) {
    }

    /** A provision and the number of published incidents that cite it as allegedly breached. */
    public record ProvisionCount(long provisionId, int resolutionNumber, String label, int incidents) {
    }

    /** Published statements said in one month: allegations (alleges, confirms, condemns) and denials (denies, declines). */
    public record StanceMonth(LocalDate month, int allegations, int denials) {
    }

    /** A recently changed published incident or event. */
    public record Change(long id, IncidentKind kind, String title, Instant updatedAt) {
    }

    public record Data(KeyFigures figures, List<MonthCount> months, List<Flow> flows, List<ProvisionCount> provisions,
            List<StanceMonth> stances, List<Change> changes) {
    }
}
