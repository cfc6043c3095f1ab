package org.sanctionsmonitor.country;

/** A country as pickers and filters offer it. */
public record CountryOption(String code, String name) {

    /** e.g. "Russia (RU)", "North Korea (DPRK, KP)" */
    public String label() {
        return org.sanctionsmonitor.base.Labels.country(name, code);
    }
}
