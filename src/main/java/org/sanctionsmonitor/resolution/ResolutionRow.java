package org.sanctionsmonitor.resolution;

import java.time.LocalDate;
import org.sanctionsmonitor.editorial.WorkflowState;

/** One line of the resolution list. */
public record ResolutionRow(
        int number, String title, LocalDate adoptedOn, String regimeName, String voteText, WorkflowState workflowState,
        int provisionCount, int unverifiedCount, int citingIncidentCount) {
}
