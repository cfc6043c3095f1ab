package org.sanctionsmonitor.base;

import java.time.LocalDate;

/**
 * How records are named wherever another page mentions them: the one place each such label is built, so that SQL
 * returns plain columns and every page says the same thing.
 */
public final class Labels {

    private Labels() {
    }

    /** Where a source appeared, and where it came from when it republishes another outlet: "Al Arabiya (Reuters)". */
    public static String outlet(String outlet, String originatingOutlet) {
        return originatingOutlet == null || originatingOutlet.isBlank() ? outlet : outlet + " (" + originatingOutlet + ")";
    }

    /** A source, e.g. "Kompas: Korut kirim rudal ke Rusia" or "RT (idnewszone.com): …". */
    public static String source(String outlet, String originatingOutlet, String title) {
        return outlet(outlet, originatingOutlet) + ": " + title;
    }

    /** A source in a picker, with its publication date when known. */
    public static String sourceOption(String outlet, String originatingOutlet, String title, LocalDate publishedOn) {
        return source(outlet, originatingOutlet, title) + (publishedOn == null ? "" : " (" + date(publishedOn) + ")");
    }

    /** An incident in a picker, with its first date. */
    public static String incidentOption(String title, LocalDate dateFrom) {
        return title + " (" + date(dateFrom) + ")";
    }

    /**
     * A country with its ISO code: "Iran (IR)"; a name that already ends in a parenthesis takes the code inside it,
     * "North Korea (DPRK, KP)", never two parentheses in a row.
     */
    public static String country(String name, String code) {
        if (name.endsWith(")") && name.contains("(")) {
            return name.substring(0, name.length() - 1) + ", " + code + ")";
        }
        return name + " (" + code + ")";
    }

    /** A resolution's symbol, e.g. "S/RES/1718 (2006)". */
    public static String resolution(int number, LocalDate adoptedOn) {
        return resolution(number) + " (" + adoptedOn.getYear() + ")";
    }

    /** A resolution's symbol without its year, where the date is shown beside it, e.g. "S/RES/1718". */
    public static String resolution(int number) {
        return "S/RES/" + number;
    }

    /** A provision's full citation, e.g. "S/RES/1718 (2006) OP8(b)". */
    public static String provision(int resolutionNumber, LocalDate adoptedOn, String label) {
        return resolution(resolutionNumber, adoptedOn) + " " + label;
    }

    /** A statement, e.g. "Maria Zakharova denies: Russia has received no …". */
    public static String statement(String speaker, String stance, String summary) {
        String text = summary.length() <= 120 ? summary : summary.substring(0, 119) + "…";
        return speaker + " " + stance.toLowerCase(java.util.Locale.ROOT) + ": " + text;
    }

    private static String date(LocalDate date) {
        return DatePrecision.DAY.format(date, date);
    }
}
