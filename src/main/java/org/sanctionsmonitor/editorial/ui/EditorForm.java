package org.sanctionsmonitor.editorial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.sanctionsmonitor.base.ui.FieldLimits;
import org.sanctionsmonitor.editorial.EditableData;

/**
 * The shape of every editor's form: fields bound to an {@link EditableData}, server messages shown at their fields,
 * and Save (Ctrl+S) and Cancel (Escape) that fire {@link SaveEvent} and {@link CancelEvent} for the view that owns
 * the form to act on. It knows whether it holds unsaved changes, and has the browser ask before the tab is closed
 * then. A form knows nothing of services.
 */
@JavaScript("context://components/sm-unsaved.js")
public abstract class EditorForm<D extends EditableData> extends Div {

    public final Button save = new Button("Save");
    public final Button cancel = new Button("Cancel");
    protected final BeanValidationBinder<D> binder;
    private final FieldErrors errors;
    private final Class<D> type;
    /** The content as it was loaded or last saved; anything else is an unsaved change. */
    private Map<String, String> saved = Map.of();
    private boolean unsaved;

    protected EditorForm(Class<D> type) {
        this.type = type;
        binder = new BeanValidationBinder<>(type);
        errors = new FieldErrors(binder);
        addClassName("editor-form");
        setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Leaving the field first sends what was just typed, so the shortcut acts on it.
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                fireEvent(new SaveEvent(this));
            }
        });
        cancel.addClickShortcut(Key.ESCAPE).resetFocusOnActiveElement();
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this)));
        binder.addValueChangeListener(change -> tellBrowser());
        addDetachListener(detach -> detach.getUI().getPage().executeJs("window.smUnsavedChanges = false"));
    }

    /** Lays out the form's content, followed by its Save and Cancel buttons; every limited field shows its limit. */
    protected void layout(Component... content) {
        FieldLimits.showAll(binder, type);
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("form-actions");
        add(content);
        add(actions);
    }

    public void edit(D data) {
        binder.setBean(data);
        errors.clear();
        markSaved();
    }

    /** What the form shows now is saved: leaving it loses nothing. */
    public void markSaved() {
        saved = data() == null ? Map.of() : data().describe();
        tellBrowser();
    }

    /** Whether the form holds changes that were not saved. */
    public boolean hasUnsavedChanges() {
        return data() != null && !data().describe().equals(saved);
    }

    private void tellBrowser() {
        boolean now = hasUnsavedChanges();
        if (now != unsaved) {
            unsaved = now;
            getElement().executeJs("window.smUnsavedChanges = $0", now);
        }
    }

    public D data() {
        return binder.getBean();
    }

    public FieldErrors errors() {
        return errors;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The editor asked to save what the form shows; its fields passed their own checks. */
    public static class SaveEvent extends ComponentEvent<EditorForm<?>> {
        SaveEvent(EditorForm<?> source) {
            super(source, false);
        }
    }

    public static class CancelEvent extends ComponentEvent<EditorForm<?>> {
        CancelEvent(EditorForm<?> source) {
            super(source, false);
        }
    }
}
