package org.sanctionsmonitor.statement;

/**
 * Which side of an allegation a statement is on, or neither (a neutral report). The database decides it from the
 * stance (the SQL function {@code stance_side}), so every page and figure counts claims and denials the same way.
 */
public enum StanceSide {
    ALLEGATION, DENIAL, NEUTRAL
}
