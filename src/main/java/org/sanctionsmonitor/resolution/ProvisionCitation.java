package org.sanctionsmonitor.resolution;

import org.sanctionsmonitor.base.DatePrecision;
import java.time.LocalDate;

/** An incident citing a provision, as listed on the resolution page. */
public record ProvisionCitation(
        long provisionId, long incidentId, String title, LocalDate dateFrom, LocalDate dateTo,
        DatePrecision datePrecision, String rationale, boolean inForceOnIncidentDate) {

    public String dateText() {
        return datePrecision.format(dateFrom, dateTo);
    }
}
