package org.sanctionsmonitor.editorial;

import java.util.Locale;

/**
 * Names a kind of record that goes through review, e.g. {@code INCIDENT}. Each feature declares its own constant and
 * registers an {@link EditorialType} for it; the editorial core knows none of them by name.
 *
 * @param key   stable and upper case, e.g. "INCIDENT"
 * @param label for people, e.g. "Incident"
 */
public record ItemType(String key, String label) {

    /** For sentences, e.g. "This incident no longer exists." */
    public String phrase() {
        return label.toLowerCase(Locale.ROOT);
    }
}
