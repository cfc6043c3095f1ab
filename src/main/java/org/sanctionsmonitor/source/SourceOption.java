package org.sanctionsmonitor.source;

/** A source as editors pick it: "Outlet: Title (date)". */
public record SourceOption(long id, String label) {
}
