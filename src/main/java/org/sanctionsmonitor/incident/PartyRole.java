package org.sanctionsmonitor.incident;

import java.util.Arrays;
import java.util.List;

/**
 * A country's part in an incident. An alleged violation is a transfer or an activity with a supplier, a recipient, a
 * transit state or a flag state; an event (a summit, a vote) has participants, a host and countries it is about.
 */
public enum PartyRole {
    SUPPLIER("Supplier", IncidentKind.VIOLATION), RECIPIENT("Recipient", IncidentKind.VIOLATION),
    TRANSIT("Transit", IncidentKind.VIOLATION), FLAG_STATE("Flag state", IncidentKind.VIOLATION),
    PARTICIPANT("Participant", IncidentKind.EVENT), HOST("Host", IncidentKind.EVENT), SUBJECT("Subject", IncidentKind.EVENT);

    private final String label;
    private final IncidentKind kind;

    PartyRole(String label, IncidentKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    /** The roles that fit an incident of this kind. */
    public static List<PartyRole> of(IncidentKind kind) {
        return Arrays.stream(values()).filter(role -> role.kind == kind).toList();
    }

    public boolean fits(IncidentKind kind) {
        return this.kind == kind;
    }
}
