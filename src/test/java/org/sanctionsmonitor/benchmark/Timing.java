package org.sanctionsmonitor.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Run times in milliseconds, with their median and 95th percentile (nearest rank). */
public final class Timing {

    private final List<Double> runs = new ArrayList<>();

    public void add(long nanos) {
        runs.add(nanos / 1e6);
    }

    public int runs() {
        return runs.size();
    }

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    private double percentile(int p) {
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format("%,.0f", millis) : millis >= 10 ? String.format("%.1f", millis) : String.format("%.2f", millis);
    }
}
