package org.sanctionsmonitor.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A field whose text differs between two versions of a record, e.g. the published one and a pending revision. */
public record Difference(String field, String before, String after) {

    /** The fields of {@code after} whose text differs from {@code before}, in {@code after}'s order. */
    public static List<Difference> between(Map<String, String> before, Map<String, String> after) {
        List<Difference> differences = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.getOrDefault(field, "");
            if (!old.equals(value)) {
                differences.add(new Difference(field, old, value));
            }
        });
        return differences;
    }
}
