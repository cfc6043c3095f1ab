package org.sanctionsmonitor.incident;

import org.sanctionsmonitor.base.DatePrecision;
import java.time.LocalDate;

/** An existing incident that may be the one an editor is about to enter again. */
public record SimilarIncident(long id, String title, LocalDate dateFrom, LocalDate dateTo, DatePrecision datePrecision,
        String reason) {

    public String dateText() {
        return datePrecision.format(dateFrom, dateTo);
    }
}
