package org.sanctionsmonitor.resolution;

/** How far the paragraph number and wording were checked against the resolution text. */
public enum Verification {
    VERIFIED("Verified"),
    PARTIALLY_VERIFIED("Paragraph number not verified"),
    UNVERIFIED("Unverified");

    private final String label;

    Verification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
