package org.sanctionsmonitor.editorial;

/** One record of a kind that goes through review. */
public record ItemRef(ItemType type, long id) {
}
