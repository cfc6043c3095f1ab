package org.sanctionsmonitor.exchange;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A record read from an import file, with where it came from, so that every problem names the file, the row (CSV) or
 * item (JSON) and the column or field. {@code columns} turns a field of the record (or a property of its form data,
 * such as {@code parties[1].countryCode}) into the file's column (CSV) or field path (JSON).
 */
record Located<T>(String file, String where, T record, UnaryOperator<String> columns) {

    ImportProblem problem(String field, String message) {
        return new ImportProblem(file, where, field == null || field.isEmpty() ? "" : columns.apply(field), message);
    }

    /** CSV: a field's column is its name in snake case, unless {@code overrides} names another (by the field's root). */
    static UnaryOperator<String> csvColumns(Map<String, String> overrides) {
        return field -> {
            String root = field.replaceAll("[\\[.].*$", "");
            return overrides.getOrDefault(root, root.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** JSON: a field's path within its item, e.g. {@code incidents[2].parties[1].countryCode}. */
    static UnaryOperator<String> jsonFields(String list, int index, Map<String, String> overrides) {
        return field -> {
            String root = field.replaceAll("[\\[.].*$", "");
            String rest = field.substring(root.length());
            return list + "[" + index + "]." + overrides.getOrDefault(root, root) + rest;
        };
    }
}
