package org.sanctionsmonitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Times a call for the benchmarks: the median of 7 runs after 2 warm-ups, as one row of a printed table. */
public final class Stopwatch {

    private Stopwatch() {
    }

    public static String time(String what, Supplier<?> call) {
        for (int i = 0; i < 2; i++) {
            call.get();
        }
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            call.get();
            runs.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(runs);
        return String.format("%-64s %8.1f ms (min %.1f, max %.1f)", what, runs.get(3), runs.getFirst(), runs.getLast());
    }
}
