package org.sanctionsmonitor.source;

/**
 * Source reliability on the Admiralty scale (NATO AJP-2.1, the "A–F" scale): how far the source has proved reliable
 * before, judged apart from whether this particular report is true.
 */
public enum Reliability {
    A("Completely reliable", "No doubt about its authenticity, trustworthiness or competence; a history of complete reliability."),
    B("Usually reliable", "Minor doubts; a history of valid information most of the time."),
    C("Fairly reliable", "Doubts; it has provided valid information in the past."),
    D("Not usually reliable", "Significant doubts; it has provided valid information in the past."),
    E("Unreliable", "Lacks authenticity, trustworthiness and competence; a history of invalid information."),
    F("Reliability cannot be judged", "No basis exists for evaluating its reliability, e.g. a new or anonymous source.");

    private final String label;
    private final String meaning;

    Reliability(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return name() + " – " + label;
    }

    /** The grade's name alone, e.g. "Usually reliable". */
    public String title() {
        return label;
    }

    /** What the grade means, for the help page. */
    public String meaning() {
        return meaning;
    }
}
