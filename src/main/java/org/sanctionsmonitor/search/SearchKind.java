package org.sanctionsmonitor.search;

/** The kinds of item search finds, in the order their groups stand when their best matches are equally good. */
public enum SearchKind {
    INCIDENT("Incidents and events", "incident", "incidents"),
    STATEMENT("Statements", "statement", "statements"),
    SPEAKER("Speakers", "speaker", "speakers"),
    SOURCE("Sources", "source", "sources"),
    RESOLUTION("Resolutions and provisions", "resolution or provision", "resolutions and provisions");

    private final String label;
    private final String one;
    private final String many;

    SearchKind(String label, String one, String many) {
        this.label = label;
        this.one = one;
        this.many = many;
    }

    public String label() {
        return label;
    }

    /** "speakers". */
    public String plural() {
        return many;
    }

    /** "1 speaker", "12 speakers". */
    public String count(int count) {
        return count + " " + (count == 1 ? one : many);
    }
}
