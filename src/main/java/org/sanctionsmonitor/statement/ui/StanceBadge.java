package org.sanctionsmonitor.statement.ui;

import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StanceSide;

/** A statement's stance as a badge, coloured by its side: claims red, denials green, reports neutral. */
public final class StanceBadge {

    private StanceBadge() {
    }

    public static Badge of(Stance stance, StanceSide side) {
        return new Badge(stance.label(), switch (side) {
            case ALLEGATION -> Badge.Tone.DANGER;
            case DENIAL -> Badge.Tone.SUCCESS;
            case NEUTRAL -> Badge.Tone.NEUTRAL;
        });
    }
}
