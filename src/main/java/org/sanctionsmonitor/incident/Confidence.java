package org.sanctionsmonitor.incident;

public enum Confidence {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
