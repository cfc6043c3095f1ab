package org.sanctionsmonitor.resolution;

import java.util.List;

/**
 * How many published incidents cite a provision: in all, how many of them although it was not in force on their date,
 * and per year their date range touches (as the incident list's date filter counts them). From the read models.
 */
public record CitationCounts(long provisionId, int incidents, int notInForce, List<Year> years) {

    public static CitationCounts none(long provisionId) {
        return new CitationCounts(provisionId, 0, 0, List.of());
    }

    /** The incidents of one year: citing the provision while it was in force on their date, and while it was not. */
    public record Year(int year, int inForce, int notInForce) {

        public int incidents() {
            return inForce + notInForce;
        }
    }
}
