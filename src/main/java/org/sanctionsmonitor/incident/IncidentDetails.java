package org.sanctionsmonitor.incident;

import org.sanctionsmonitor.base.DatePrecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.resolution.Verification;

/**
 * Everything the incident page shows, read in a handful of queries. {@code updatedBy} is the last author's login name
 * (the workflow compares it); pages show {@code updatedByName}, their display name, since a login name is half of
 * what it takes to sign in (null when the author has no account, e.g. the demo load).
 */
public record IncidentDetails(
        long id, IncidentKind kind, String title, String summary, String category, String categoryLabel,
        LocalDate dateFrom, LocalDate dateTo, DatePrecision datePrecision, String place,
        BigDecimal latitude, BigDecimal longitude, IncidentStatus status, Confidence confidence, String notes,
        WorkflowState workflowState, String reviewComment, String updatedBy, String updatedByName, Instant updatedAt, long version,
        List<Party> parties, List<BreachedProvision> provisions, List<CitedSource> sources) {

    /** Where the incident stands in the workflow, as its page shows it. */
    public EditorialStatus editorialStatus() {
        return new EditorialStatus(workflowState, updatedBy, reviewComment, version);
    }

    public String dateText() {
        return datePrecision.format(dateFrom, dateTo);
    }

    public record Party(String countryCode, String countryName, PartyRole role) {
    }

    /**
     * A provision the incident allegedly breaches. {@code inForceOnIncidentDate} is false when no in-force period of
     * the provision covers the incident's first date (e.g. UNSCR 2231 Annex B para 4 after 18 October 2023).
     */
    public record BreachedProvision(
            long provisionId, int resolutionNumber, String label, String summary, Verification verification,
            String rationale, boolean inForceOnIncidentDate) {
    }

    /** A cited source; {@code translationMethod} says who made its translation (MACHINE is marked where it is read). */
    public record CitedSource(
            long sourceId, String outlet, String originatingOutlet, String titleOriginal, String titleTranslation, String language,
            LocalDate publishedOn, String supportingQuote, String note, String translationMethod) {
    }
}
