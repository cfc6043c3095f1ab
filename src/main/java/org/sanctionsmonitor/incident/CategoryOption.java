package org.sanctionsmonitor.incident;

/** A category as pickers, filters and pages show it; a retired one is kept for the incidents that have it. */
public record CategoryOption(String code, String label, String description, int sortOrder, boolean retired, long version) {
}
