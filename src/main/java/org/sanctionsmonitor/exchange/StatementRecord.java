package org.sanctionsmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.editorial.RecordedState;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.source.TranslationMethod;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;

/**
 * A statement as the JSON export and import write it: its speakers by name and country (kind and title are used when
 * the import has to create a speaker), the countries that signed it, its date with its precision ({@code said}: a
 * day, month or year, or null when undated and only {@code reportedOn} is known), its source by web address and the
 * incident it addresses by that incident's id (in the same file, or else in the database).
 */
public record StatementRecord(
        Long id, List<Speaker> speakers, List<String> signatories, SaidPrecision saidPrecision, String said, LocalDate saidOn,
        LocalDate reportedOn, Stance stance, String summary, String quoteOriginal, String quoteLanguage, String quoteTranslation,
        String translatedBy, TranslationMethod translationMethod, LocalDate translatedOn, String translationReviewedBy,
        LocalDate translationReviewedOn, String attributionNote, String sourceUrl, Long incidentId,
        @JsonInclude(JsonInclude.Include.NON_NULL) WorkflowState workflowState,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) RecordedState recorded,
        @JsonInclude(JsonInclude.Include.NON_NULL) PendingRecord<StatementRecord> pending) {

    /** {@code otherNames}: the speaker's other spellings and names in other scripts, used when the import creates it. */
    public record Speaker(String name, String country, ActorKind kind, String title, List<String> otherNames) {
    }

    StatementRecord withPending(RecordedState recorded, PendingRecord<StatementRecord> pending) {
        return new StatementRecord(id, speakers, signatories, saidPrecision, said, saidOn, reportedOn, stance, summary, quoteOriginal,
                quoteLanguage, quoteTranslation, translatedBy, translationMethod, translatedOn, translationReviewedBy, translationReviewedOn,
                attributionNote, sourceUrl, incidentId, workflowState, updatedAt, recorded, pending);
    }

    StatementRecord contentOnly() {
        return new StatementRecord(null, speakers, signatories, saidPrecision, said, saidOn, reportedOn, stance, summary, quoteOriginal,
                quoteLanguage, quoteTranslation, translatedBy, translationMethod, translatedOn, translationReviewedBy, translationReviewedOn,
                attributionNote, sourceUrl, incidentId, null, null, null, null);
    }
}
