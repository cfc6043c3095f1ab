package org.sanctionsmonitor.base;

/** Small helpers for hand-written SQL. */
public final class Sql {

    private Sql() {
    }

    /** A LIKE pattern matching {@code text} anywhere, with its wildcards taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
