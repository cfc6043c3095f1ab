package org.sanctionsmonitor.incident;

/** An incident as editors pick one: "Title (13 Sep 2023)". */
public record IncidentOption(long id, String label) {
}
