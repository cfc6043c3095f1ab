package org.sanctionsmonitor.incident;

public enum IncidentKind {
    VIOLATION("Alleged violation"), EVENT("Event");

    private final String label;

    IncidentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
