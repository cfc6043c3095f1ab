package org.sanctionsmonitor.timeline;

/** What a timeline item is; each kind has its own lane. */
public enum TimelineKind {
    VIOLATION("Violations"), EVENT("Events"), ALLEGATION("Allegations"), DENIAL("Denials"),
    ADOPTION("Resolutions adopted"), EXPIRY("Provisions lapsing");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** One item of this kind, e.g. "Denial". */
    public String singular() {
        return switch (this) {
            case VIOLATION -> "Alleged violation";
            case EVENT -> "Event";
            case ALLEGATION -> "Allegation";
            case DENIAL -> "Denial";
            case ADOPTION -> "Resolution adopted";
            case EXPIRY -> "Provision lapsing";
        };
    }
}
