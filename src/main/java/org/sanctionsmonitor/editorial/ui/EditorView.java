package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.ui.AppNavigation;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.editorial.EditableData;

/**
 * The page around an {@link EditorForm}, the same for every kind of record: {@code …/{id}/edit} opens a record,
 * {@code …/new} starts one (its query may prefill it), Save goes through {@link EditorSave} and on to the record's
 * page, Cancel returns to the record's page, or to the page before for a new one. Leaving a form with unsaved
 * changes asks first.
 */
public abstract class EditorView<D extends EditableData> extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    protected final H1 heading = new H1();
    private final String noun;
    private final EditorForm<D> form;

    /** @param noun what is edited, for the heading: "incident" gives "New incident" and "Edit incident" */
    protected EditorView(String noun, EditorForm<D> form) {
        this.noun = noun;
        this.form = form;
        addClassName("editor-view");
        form.addSaveListener(e -> save());
        form.addCancelListener(e -> leave());
    }

    /** The record as its form shows it, if it exists. */
    protected abstract Optional<D> load(long id);

    /** A new record, prefilled from the page's query parameters where they say so. */
    protected abstract D create(Map<String, List<String>> query);

    /** Saves through the feature's service; returns the record's id. */
    protected abstract long save(D data);

    /** The page to show after a save. */
    protected abstract String page(long id);

    /** Called after a record was opened (id given) or a new one started (id null), e.g. to show its history. */
    protected void opened(Long id) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = RouteIds.longId(event, "id");
        if (id.isPresent()) {
            openRecord(event, id.get());
        } else {
            heading.setText("New " + noun);
            form.edit(create(event.getLocation().getQueryParameters().getParameters()));
            opened(null);
        }
    }

    /** Opens a record for editing, or answers "not found". */
    protected void openRecord(BeforeEnterEvent event, long id) {
        D data = load(id).orElse(null);
        if (data == null) {
            event.rerouteToError(NotFoundException.class, "No such " + noun + ".");
            return;
        }
        heading.setText("Edit " + noun);
        form.edit(data);
        opened(id);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Sanctions Monitor";
    }

    private void save() {
        EditorSave.save(form.data(), this::save, form.errors(), id -> {
            form.markSaved();
            AppNavigation.open(page(id));
        }, form::edit);
    }

    /** Leaving with unsaved changes (a link, Back) asks first; nothing typed is lost without the editor's word. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form.hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
            askBeforeLeaving(navigation::proceed);
        }
    }

    /** Cancel (and Escape) leave for the record's page, or the page before for a new one, asking first as above. */
    private void leave() {
        Long id = form.data().getId();
        Runnable go = id == null ? () -> UI.getCurrent().getPage().getHistory().back() : () -> AppNavigation.open(page(id));
        if (form.hasUnsavedChanges()) {
            askBeforeLeaving(go);
        } else {
            go.run();
        }
    }

    private void askBeforeLeaving(Runnable leave) {
        ConfirmDialog dialog = new ConfirmDialog("Leave without saving?",
                "Your changes to this " + noun + " are not saved. If you leave now, they are lost.",
                "Leave and lose them", confirm -> {
                    form.markSaved();
                    leave.run();
                }, "Stay", stay -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("unsaved-changes");
        dialog.open();
    }

    /** The first value of a numeric query parameter, e.g. {@code ?source=12}. */
    protected static Optional<Long> number(Map<String, List<String>> query, String key) {
        return query.getOrDefault(key, List.of()).stream().filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).findFirst();
    }

    /** The first value of a query parameter, or "". */
    protected static String text(Map<String, List<String>> query, String key) {
        return query.getOrDefault(key, List.of("")).getFirst();
    }
}
