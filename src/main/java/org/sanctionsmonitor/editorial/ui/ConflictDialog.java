package org.sanctionsmonitor.editorial.ui;

import org.sanctionsmonitor.base.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import org.sanctionsmonitor.editorial.Difference;
import java.util.Map;

/**
 * Shown when someone else saved the item while this editor was editing it: the fields that differ, theirs beside
 * mine. "Keep my version" saves mine over theirs (theirs stays in the history); "Use their version" loads theirs.
 * Either way nothing is lost: the dialog is the record of both.
 */
public class ConflictDialog extends Dialog {

    public ConflictDialog(String changedBy, Instant changedAt, Map<String, String> theirs, Map<String, String> mine,
            Runnable keepMine, Runnable useTheirs) {
        setHeaderTitle("Changed by " + changedBy + " while you were editing");
        setWidth("min(90vw, 70rem)");
        List<Difference> differences = Difference.between(theirs, mine);
        Paragraph intro = new Paragraph(changedBy + " saved this item at " + Formats.instant(changedAt) + ". "
                + (differences.isEmpty() ? "Their changes match yours." : "These fields differ:"));
        Grid<Difference> grid = new Grid<>();
        grid.addColumn(Difference::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Difference::before).setHeader("Saved by " + changedBy);
        grid.addColumn(Difference::after).setHeader("Yours (not saved yet)");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(differences);
        grid.setAllRowsVisible(true);
        grid.setVisible(!differences.isEmpty());
        add(intro, grid);

        Button keep = new Button("Keep my version", click -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button use = new Button("Use their version", click -> {
            close();
            useTheirs.run();
        });
        getFooter().add(use, keep);
    }
}
