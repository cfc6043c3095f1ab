package org.sanctionsmonitor.resolution;

import java.time.LocalDate;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.editorial.WorkflowState;
import java.util.List;

/** A resolution with its provisions and their in-force periods. */
public record ResolutionDetails(
        long id, WorkflowState workflowState, int number, String title, LocalDate adoptedOn, String meeting, Integer votesFor, Integer votesAgainst,
        Integer votesAbstain, String voteText, String regimeName, String summary, String url, String notes,
        List<ProvisionView> provisions) {

    public record ProvisionView(
            long id, String label, MeasureType measureType, String summary, boolean binding,
            Verification verification, String verificationNote, List<InForcePeriod> periods) {

        /** The full citation, e.g. "S/RES/1718 (2006) OP8(b)". */
        public String citation(int resolutionNumber, LocalDate adoptedOn) {
            return Labels.provision(resolutionNumber, adoptedOn, label);
        }
    }
}
