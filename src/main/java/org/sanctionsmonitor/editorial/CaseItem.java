package org.sanctionsmonitor.editorial;

/** One record of a case reviewed as one thing, with where it stands. */
public record CaseItem(ItemRef ref, String title, String page, EditorialStatus status) {
}
