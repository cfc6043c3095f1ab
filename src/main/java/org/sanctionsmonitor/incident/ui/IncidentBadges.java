package org.sanctionsmonitor.incident.ui;

import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.incident.IncidentStatus;

/** Badge colours for incident status and workflow state, the same on every page. */
final class IncidentBadges {

    private IncidentBadges() {
    }

    static Badge status(IncidentStatus status) {
        Badge.Tone tone = switch (status) {
            case CONFIRMED -> Badge.Tone.DANGER;
            case CORROBORATED -> Badge.Tone.WARNING;
            case ALLEGED, DISPUTED -> Badge.Tone.INFO;
            case RETRACTED -> Badge.Tone.NEUTRAL;
        };
        return new Badge(status.label(), tone);
    }

    static Badge workflow(WorkflowState state) {
        return new Badge(state.title(), state == WorkflowState.PUBLISHED ? Badge.Tone.SUCCESS : Badge.Tone.WARNING);
    }
}
