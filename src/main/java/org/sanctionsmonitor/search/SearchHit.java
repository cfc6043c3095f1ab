package org.sanctionsmonitor.search;

import java.time.LocalDate;
import org.sanctionsmonitor.editorial.WorkflowState;

/**
 * One item search found: what it is, where its page is, its title and a snippet with the matching words marked (each
 * with the language it is written in, null when unknown), a line about it ("Denies · 5 Nov 2025"), its date for
 * sorting and exports, its workflow state (editors also find drafts) and how well it matched.
 * {@code machineTranslation} says the snippet is a machine translation.
 */
public record SearchHit(SearchKind kind, long id, String location, Highlighted title, String titleLanguage, Highlighted snippet,
        String snippetLanguage, String detail, LocalDate date, WorkflowState workflowState, boolean machineTranslation, double score) {
}
