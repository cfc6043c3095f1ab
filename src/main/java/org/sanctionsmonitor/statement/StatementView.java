package org.sanctionsmonitor.statement;

import java.time.LocalDate;
import org.sanctionsmonitor.editorial.WorkflowState;

/**
 * A statement as incident and source pages list it. {@code speakers} names who made it ("Name, title; …"),
 * {@code countries} the countries it counts for (its speakers' and its signatories'); {@code side} says whether it
 * supports a claim, contests it or only reports.
 */
public record StatementView(
        long id, String speakers, String countries, SaidPrecision saidPrecision, LocalDate saidOn, LocalDate reportedOn,
        Stance stance, StanceSide side, String summary, String quoteOriginal, String quoteLanguage, String quoteTranslation,
        String attributionNote, Long sourceId, String sourceOutlet, String sourceOriginatingOutlet, Long incidentId, String incidentTitle,
        WorkflowState workflowState) {

    public String dateText() {
        return saidPrecision.format(saidOn, reportedOn);
    }
}
