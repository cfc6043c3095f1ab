package org.sanctionsmonitor.country;

/** A country as pickers and filters offer it. */
public record CountryOption(String code, String name) {

    /** e.g. "Russia (RU)" */
    public String label() {
        return name + " (" + code + ")";
    }
}
