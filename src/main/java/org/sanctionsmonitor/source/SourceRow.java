package org.sanctionsmonitor.source;

import java.time.LocalDate;
import org.sanctionsmonitor.editorial.WorkflowState;

/** One line of the source library. */
public record SourceRow(
        long id, SourceType type, String outlet, String originatingOutlet, String titleOriginal, String titleTranslation, String language,
        LocalDate publishedOn, Reliability reliability, WorkflowState workflowState, int citationCount) {
}
