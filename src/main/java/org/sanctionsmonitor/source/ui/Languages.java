package org.sanctionsmonitor.source.ui;

import java.util.Locale;

/** Human names for BCP 47 language codes, e.g. "id" → "Indonesian (id)". */
final class Languages {

    private Languages() {
    }

    static String name(String code) {
        if (code == null) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayName(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
