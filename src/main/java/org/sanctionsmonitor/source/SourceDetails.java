package org.sanctionsmonitor.source;

import java.time.Instant;
import java.time.LocalDate;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.editorial.EditorialStatus;
import org.sanctionsmonitor.editorial.WorkflowState;

/** A source as its page shows it: original text beside the translation, and where it comes from. */
public record SourceDetails(
        long id, SourceType type, String outlet, String originatingOutlet, String url, String language,
        LocalDate publishedOn, LocalDate retrievedOn, String titleOriginal, String titleTranslation,
        String excerptOriginal, String excerptTranslation, String translatedBy, TranslationMethod translationMethod,
        String archivedUrl, Reliability reliability, String notes, WorkflowState workflowState, String reviewComment,
        String updatedBy, Instant updatedAt, long version, String stateMediaOf, String stateMediaOfName, String origin,
        LocalDate translatedOn, String translationReviewedBy, LocalDate translationReviewedOn) {

    /** Who or what translated it, when, and whether a person reviewed it; null when there is no translation. */
    public Translation translation() {
        return hasTranslation() ? new Translation(translatedBy, translationMethod, translatedOn, translationReviewedBy, translationReviewedOn) : null;
    }

    /** Where the source stands in the workflow, as its page shows it. */
    public EditorialStatus editorialStatus() {
        return new EditorialStatus(workflowState, updatedBy, reviewComment, version);
    }

    /** How other pages name this source. */
    public String label() {
        return Labels.source(outlet, originatingOutlet, titleOriginal);
    }

    public boolean hasTranslation() {
        return titleTranslation != null || excerptTranslation != null;
    }
}
