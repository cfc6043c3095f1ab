package org.sanctionsmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsmonitor.editorial.RecordedState;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceType;
import org.sanctionsmonitor.source.TranslationMethod;

/** A source as the JSON export, the JSON import and the read API write it; its web address is its key. */
public record SourceRecord(
        Long id, SourceType type, String outlet, String originatingOutlet, String stateMediaOf, String origin, String url, String language,
        LocalDate publishedOn, LocalDate retrievedOn, String titleOriginal, String titleTranslation, String excerptOriginal,
        String excerptTranslation, String translatedBy, TranslationMethod translationMethod, LocalDate translatedOn,
        String translationReviewedBy, LocalDate translationReviewedOn, String archivedUrl, Reliability reliability, String notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) WorkflowState workflowState,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) RecordedState recorded,
        @JsonInclude(JsonInclude.Include.NON_NULL) PendingRecord<SourceRecord> pending) {

    SourceRecord withPending(RecordedState recorded, PendingRecord<SourceRecord> pending) {
        return new SourceRecord(id, type, outlet, originatingOutlet, stateMediaOf, origin, url, language, publishedOn, retrievedOn,
                titleOriginal, titleTranslation, excerptOriginal, excerptTranslation, translatedBy, translationMethod, translatedOn,
                translationReviewedBy, translationReviewedOn, archivedUrl, reliability,
                notes, workflowState, updatedAt, recorded, pending);
    }

    SourceRecord contentOnly() {
        return new SourceRecord(null, type, outlet, originatingOutlet, stateMediaOf, origin, url, language, publishedOn, retrievedOn,
                titleOriginal, titleTranslation, excerptOriginal, excerptTranslation, translatedBy, translationMethod, translatedOn,
                translationReviewedBy, translationReviewedOn, archivedUrl, reliability,
                notes, null, null, null, null);
    }
}
