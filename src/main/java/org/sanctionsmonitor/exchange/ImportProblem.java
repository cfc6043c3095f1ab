package org.sanctionsmonitor.exchange;

/**
 * Something in an import that must be fixed before anything is written, in words an editor understands: in which file,
 * where in it ("row 4", "incidents item 2", or empty for the whole file), in which column or field, and what is wrong.
 */
public record ImportProblem(String file, String where, String column, String message) {

    /** "incidents.csv, row 4, column date_from: …" */
    public String text() {
        StringBuilder text = new StringBuilder(file);
        if (where != null && !where.isEmpty()) {
            text.append(", ").append(where);
        }
        if (column != null && !column.isEmpty()) {
            text.append(", column ").append(column);
        }
        return text.append(": ").append(message).toString();
    }
}
