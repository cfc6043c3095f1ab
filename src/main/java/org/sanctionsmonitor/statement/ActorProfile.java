package org.sanctionsmonitor.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * A speaker as readers meet them on their page: who they are, the other names they are known by (spellings and
 * scripts), and how many of their statements the user may see claim, deny or only report, between which dates.
 */
public record ActorProfile(long id, ActorKind kind, String name, List<String> otherNames, String countryCode, String countryName,
        String title, int allegations, int denials, int reports, LocalDate firstSaid, LocalDate lastSaid) {

    public ActorProfile {
        otherNames = List.copyOf(otherNames);
    }

    public int statements() {
        return allegations + denials + reports;
    }

    /** "Dmitry Peskov, Kremlin spokesman". */
    public String label() {
        return title == null ? name : name + ", " + title;
    }
}
