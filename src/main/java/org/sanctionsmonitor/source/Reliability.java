package org.sanctionsmonitor.source;

/** Source reliability on the Admiralty scale (NATO AJP-2.1): how far the source has proved reliable before. */
public enum Reliability {
    A("Completely reliable"),
    B("Usually reliable"),
    C("Fairly reliable"),
    D("Not usually reliable"),
    E("Unreliable"),
    F("Reliability cannot be judged");

    private final String label;

    Reliability(String label) {
        this.label = label;
    }

    public String label() {
        return name() + " – " + label;
    }
}
