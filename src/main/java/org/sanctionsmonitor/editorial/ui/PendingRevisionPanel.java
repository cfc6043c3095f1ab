package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.editorial.Difference;
import org.sanctionsmonitor.editorial.EditorialStatus;

/**
 * For editors, on the page of a published item with a change pending: readers still see the published version, and
 * this says what the pending revision would change, field by field.
 */
public class PendingRevisionPanel extends Div {

    public PendingRevisionPanel(EditorialStatus.Pending pending, List<Difference> differences) {
        addClassNames("card", "pending-revision");
        if (pending.withdrawal()) {
            add(new H3("Withdrawal requested"), new Paragraph(pending.author() + " asked on " + Formats.instant(pending.updatedAt())
                    + " to withdraw it: " + pending.reason() + ". Until another editor agrees, readers keep seeing it."));
            return;
        }
        add(new H3("The published version differs from a pending revision"),
                new Paragraph("Readers see the published version below. A revision by " + pending.author() + " ("
                        + pending.state().phrase() + ", saved " + Formats.instant(pending.updatedAt())
                        + ") changes " + (differences.size() == 1 ? "one field" : differences.size() + " fields") + ":"));
        Grid<Difference> grid = new Grid<>();
        grid.addColumn(Difference::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Difference::before).setHeader("Published");
        grid.addColumn(Difference::after).setHeader("Pending revision");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(differences);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
