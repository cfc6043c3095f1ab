package org.sanctionsmonitor.base.ui.chart;

import java.util.List;

/**
 * A chart's data as a plain table, the accessible alternative shown beside every chart. A cell may link to the list
 * behind its number.
 */
public record DataTable(List<String> headers, List<List<Cell>> rows) {

    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public record Cell(String text, String href) {

        public static Cell text(Object value) {
            return new Cell(String.valueOf(value), null);
        }

        public static Cell link(Object value, String href) {
            return new Cell(String.valueOf(value), href);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
