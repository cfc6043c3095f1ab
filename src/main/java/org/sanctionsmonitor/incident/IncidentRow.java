package org.sanctionsmonitor.incident;

import org.sanctionsmonitor.base.DatePrecision;
import java.time.LocalDate;
import org.sanctionsmonitor.editorial.WorkflowState;

/** One line of the incident list. Suppliers and recipients are country names joined with ", ". */
public record IncidentRow(
        long id, IncidentKind kind, String title, String category, String categoryLabel, IncidentStatus status,
        LocalDate dateFrom, LocalDate dateTo, DatePrecision datePrecision, WorkflowState workflowState,
        String suppliers, String recipients, int sourceCount) {

    public String dateText() {
        return datePrecision.format(dateFrom, dateTo);
    }

    /** "North Korea (DPRK) → Russia"; events without supplier or recipient show nothing. */
    public String flow() {
        if (suppliers == null && recipients == null) {
            return "";
        }
        return (suppliers == null ? "?" : suppliers) + " → " + (recipients == null ? "?" : recipients);
    }
}
