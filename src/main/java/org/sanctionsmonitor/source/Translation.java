package org.sanctionsmonitor.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where a translation comes from: who or what made it (a person, or a named machine system), when, and whether a
 * person reviewed it. Shown wherever the translated text is read.
 */
public record Translation(String by, TranslationMethod method, LocalDate on, String reviewedBy, LocalDate reviewedOn) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public boolean machine() {
        return method == TranslationMethod.MACHINE;
    }

    public boolean reviewed() {
        return reviewedBy != null;
    }

    /** A machine translation no person has reviewed: marked as such where it is read. */
    public boolean unreviewedMachine() {
        return machine() && !reviewed();
    }

    /**
     * E.g. "DeepL (machine translation), 3 Oct 2024; not reviewed by a person" or "Jane Doe (human translation),
     * 3 Oct 2024; reviewed by Ann Lee on 4 Oct 2024".
     */
    public String text() {
        String made = (by == null ? "Translator not recorded" : by)
                + (method == null ? "" : machine() ? " (machine translation)" : " (human translation)");
        if (on != null) {
            made += ", " + DATE.format(on);
        }
        String review = reviewedBy == null ? (machine() ? "not reviewed by a person" : "not reviewed by a second person")
                : "reviewed by " + reviewedBy + (reviewedOn == null ? "" : " on " + DATE.format(reviewedOn));
        return made + "; " + review;
    }

    /** The short mark beside translated text: "Machine translation" or "Translation". */
    public String mark() {
        return machine() ? (reviewed() ? "Machine translation, reviewed" : "Machine translation, not reviewed") : "Translation";
    }
}
