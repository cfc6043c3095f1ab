package org.sanctionsmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.editorial.RecordedState;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.resolution.MeasureType;
import org.sanctionsmonitor.resolution.Verification;

/** A resolution with its provisions and their periods in force, as the full dataset export and the read API write it. */
public record ResolutionRecord(
        int number, String symbol, String regime, LocalDate adoptedOn, String meeting, Integer votesFor, Integer votesAgainst,
        Integer votesAbstain, String voteText, String title, String summary, String url, String notes, List<ProvisionRecord> provisions,
        @JsonInclude(JsonInclude.Include.NON_NULL) WorkflowState workflowState,
        @JsonInclude(JsonInclude.Include.NON_NULL) RecordedState recorded,
        @JsonInclude(JsonInclude.Include.NON_NULL) PendingRecord<ResolutionRecord> pending) {

    /** A paragraph; {@code id} is this database's, for the read API's links, and is not read by the import. */
    public record ProvisionRecord(Long id, String label, String citation, MeasureType measureType, String summary, boolean binding,
            Verification verification, String verificationNote, List<Period> periods) {
    }

    /** In force from a day up to, not including, the day it lapsed ({@code until} null while in force). */
    public record Period(LocalDate from, LocalDate until, String note) {
    }

    ResolutionRecord withPending(RecordedState recorded, PendingRecord<ResolutionRecord> pending) {
        return new ResolutionRecord(number, symbol, regime, adoptedOn, meeting, votesFor, votesAgainst, votesAbstain, voteText, title,
                summary, url, notes, provisions, workflowState, recorded, pending);
    }

    ResolutionRecord contentOnly() {
        return new ResolutionRecord(number, symbol, regime, adoptedOn, meeting, votesFor, votesAgainst, votesAbstain, voteText, title,
                summary, url, notes, provisions, null, null, null);
    }
}
