package org.sanctionsmonitor.incident;

public enum PartyRole {
    SUPPLIER("Supplier"), RECIPIENT("Recipient"), TRANSIT("Transit"), FLAG_STATE("Flag state"), PARTICIPANT("Participant");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
