package org.sanctionsmonitor.editorial;

import java.util.function.Supplier;

/**
 * A note the history shows beside the user for every change saved during a piece of work, such as "Import 3:
 * incidents.csv". It is kept on the Envers revision of the transaction that starts within {@link #during}.
 */
public final class RevisionNote {

    private static final ThreadLocal<Supplier<String>> CURRENT = new ThreadLocal<>();

    private RevisionNote() {
    }

    /**
     * Runs {@code work} (which opens its own transaction) with every revision it writes carrying the note. Envers makes
     * its revision when the transaction commits, so the note is asked for then: it may name what the work made, such as
     * the import's number.
     */
    public static <T> T during(Supplier<String> note, Supplier<T> work) {
        Supplier<String> previous = CURRENT.get();
        CURRENT.set(note);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static String current() {
        Supplier<String> note = CURRENT.get();
        return note == null ? null : note.get();
    }
}
