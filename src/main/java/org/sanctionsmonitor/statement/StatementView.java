package org.sanctionsmonitor.statement;

import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.source.Translation;

/**
 * A statement as pages show it. {@code speakerList} names who made it (each with a page), {@code speakers} the same
 * as text ("Name, title; …"), {@code countries} the countries it counts for (its speakers' and its signatories');
 * {@code side} says whether it supports a claim, contests it or only reports; {@code translation} says who or what
 * translated the quote, when, and whether a person reviewed it (null without a translation).
 */
public record StatementView(
        long id, List<Speaker> speakerList, String speakers, String countries, SaidPrecision saidPrecision, LocalDate saidOn,
        LocalDate reportedOn, Stance stance, StanceSide side, String summary, String quoteOriginal, String quoteLanguage,
        String quoteTranslation, Translation translation, String attributionNote, Long sourceId, String sourceOutlet,
        String sourceOriginatingOutlet, String sourceTitle, Long incidentId, String incidentTitle, WorkflowState workflowState) {

    public StatementView {
        speakerList = List.copyOf(speakerList);
    }

    public String dateText() {
        return saidPrecision.format(saidOn, reportedOn);
    }

    /** A speaker of the statement: an actor with a page of their own. */
    public record Speaker(long id, String name, String title) {

        /** "Dmitry Peskov, Kremlin spokesman". */
        public String label() {
            return title == null ? name : name + ", " + title;
        }
    }
}
