package org.sanctionsmonitor.statement;

/** What a statement does with the allegation it addresses. */
public enum Stance {
    ALLEGES("Alleges"),
    DENIES("Denies"),
    CONFIRMS("Confirms"),
    CONDEMNS("Condemns"),
    DECLINES_TO_COMMENT("Declines to comment"),
    REPORTS("Reports (neither claims nor denies)");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
