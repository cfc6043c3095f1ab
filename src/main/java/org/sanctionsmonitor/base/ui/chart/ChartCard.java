package org.sanctionsmonitor.base.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableSupplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * A titled chart with its empty state ("nothing to show" instead of blank axes), its loading state (the chart's own,
 * until the option is set) and its data as a table under a disclosure, for screen readers and for copying figures.
 */
public class ChartCard extends Composite<Section> {

    final Chart chart = new Chart();
    final Paragraph empty = new Paragraph();
    final NativeDetails details = new NativeDetails("Show the data as a table");
    final Paragraph note = new Paragraph();
    private NativeTable table = new NativeTable();
    private SerializableSupplier<DataTable> tableData = () -> new DataTable(java.util.List.of(), java.util.List.of());

    public ChartCard(String title, String emptyText) {
        getContent().addClassNames("chart-card", "card");
        empty.setText(emptyText);
        empty.addClassName("empty");
        empty.setVisible(false);
        note.addClassName("note");
        note.setVisible(false);
        chart.setAccessibleLabel(title + ". The data is in the table below the chart.");
        details.addClassName("chart-table");
        details.setContent(table);
        details.addToggleListener(e -> {
            if (e.isOpened()) {
                getTable();
            }
        });
        getContent().add(new H3(title), note, empty, chart, details);
    }

    /** A sentence under the title that says what is counted and how. */
    public ChartCard withNote(String text) {
        note.setText(text);
        note.setVisible(true);
        return this;
    }

    public ChartCard withHeight(String height) {
        chart.setHeight(height);
        return this;
    }

    /** For rankings: a height that gives each of {@code rows} bars room, between 8rem and 30rem. */
    public void fitHeightToRows(int rows) {
        chart.setHeight(Math.max(8, Math.min(30, 3 + rows * 2)) + "rem");
    }

    /** Shows the data: the chart from its option and the same figures in the table; or the empty state. */
    public void show(ObjectNode option, DataTable data) {
        show(option, data.isEmpty(), () -> data);
    }

    /**
     * As {@link #show(ObjectNode, DataTable)}, the table built only when it is opened: a table of thousands of rows is
     * thousands of components, which cost megabytes of every reader's session and seconds in the browser, while few
     * readers open it.
     */
    public void show(ObjectNode option, boolean nothing, SerializableSupplier<DataTable> data) {
        empty.setVisible(nothing);
        chart.setVisible(!nothing);
        details.setVisible(!nothing);
        if (!nothing) {
            chart.setOption(option);
        }
        tableData = data;
        table = null;
        if (details.isOpen()) {
            details.setContent(getTable());
        } else {
            details.setContent(new NativeTable());
        }
    }

    public Chart getChart() {
        return chart;
    }

    public boolean isEmpty() {
        return empty.isVisible();
    }

    /** The data as a table, built now if it was not yet. */
    public NativeTable getTable() {
        if (table == null) {
            table = table(tableData.get());
            details.setContent(table);
        }
        return table;
    }

    private static NativeTable table(DataTable data) {
        NativeTable table = new NativeTable();
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        data.headers().forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell();
            cell.setText(h);
            headRow.add(cell);
        });
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (var row : data.rows()) {
            NativeTableRow tr = new NativeTableRow();
            for (DataTable.Cell c : row) {
                NativeTableCell td = new NativeTableCell();
                if (c.href() == null) {
                    td.setText(c.text());
                } else {
                    td.add(new Anchor(c.href(), c.text()));
                }
                tr.add(td);
            }
            body.add(tr);
        }
        table.add(head, body);
        return table;
    }
}
