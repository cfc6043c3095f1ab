package org.sanctionsmonitor.statement;

import java.time.LocalDate;
import org.sanctionsmonitor.editorial.WorkflowState;

/** A statement as incident and source pages list it; {@code side} says whether it supports or contests a claim. */
public record StatementView(
        long id, String speakerName, String speakerTitle, String countryName, LocalDate saidOn, Stance stance, StanceSide side,
        String summary, String quoteOriginal, String quoteLanguage, String quoteTranslation, String attributionNote,
        Long sourceId, String sourceOutlet, Long incidentId, String incidentTitle, WorkflowState workflowState) {
}
