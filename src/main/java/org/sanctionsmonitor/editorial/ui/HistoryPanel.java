package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongConsumer;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sanctionsmonitor.editorial.EditConflictException;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.editorial.HistoryEntry;

/** The History tab: every revision, newest first, with its field-level changes and a way to restore it. */
public class HistoryPanel extends Div {

    public HistoryPanel(List<HistoryEntry> entries, LongConsumer restore) {
        addClassName("history");
        if (entries.isEmpty()) {
            add(new Paragraph("No saved revisions."));
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry entry = entries.get(i);
            Div revision = new Div();
            revision.addClassNames("card", "revision");
            Span heading = new Span(entry.action() + " by " + entry.username() + " · " + Formats.instant(entry.at())
                    + " · revision " + entry.revision());
            heading.addClassName("revision-heading");
            revision.add(heading);
            if (entry.changes().isEmpty()) {
                revision.add(new Paragraph("No change to the content."));
            }
            for (HistoryEntry.Change change : entry.changes()) {
                Div line = new Div(new Span(change.field() + ": "));
                line.addClassName("change");
                if (!change.before().isEmpty()) {
                    Span before = new Span(change.before());
                    before.addClassName("before");
                    line.add(before, new Span(" → "));
                }
                Span after = new Span(change.after().isEmpty() ? "(empty)" : change.after());
                after.addClassName("after");
                line.add(after);
                revision.add(line);
            }
            if (i < entries.size() - 1 && entry.restorable()) {
                Button button = new Button("Restore this version", click -> new ConfirmDialog(
                        "Restore revision " + entry.revision() + "?",
                        "Its content becomes the current version, saved as a new revision. Nothing is lost: the current version stays in the history.",
                        "Restore", confirm -> restore(restore, entry.revision()), "Cancel", cancel -> { }).open());
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                revision.add(button);
            }
            add(revision);
        }
    }

    private static void restore(LongConsumer restore, long revision) {
        try {
            restore.accept(revision);
        } catch (EditConflictException conflict) {
            Notification.show("Not restored: " + conflict.changedBy() + " saved a newer version at "
                    + Formats.instant(conflict.changedAt()) + ". Reload the page to see it first.", 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
