package org.sanctionsmonitor.exchange;

/** Told how far a dry run or a commit has come, for a progress bar; called from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /** {@code done} of {@code total} items of this phase ("Checking", "Saving") are through. */
    void step(String phase, int done, int total);
}
