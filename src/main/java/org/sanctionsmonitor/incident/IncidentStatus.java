package org.sanctionsmonitor.incident;

public enum IncidentStatus {
    ALLEGED("Alleged"), CORROBORATED("Corroborated"), CONFIRMED("Confirmed"), DISPUTED("Disputed"), RETRACTED("Retracted");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
