package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A field whose value is a list edited as rows (parties, cited sources, provisions): each row is a small editor,
 * with a remove button, and an "add" button appends an empty row. Incomplete rows stay in the value so that
 * validation can name what is missing instead of silently dropping them.
 */
public class RowsField<T> extends CustomField<List<T>> {

    /** One row's editor. It calls {@code onChange} whenever the user changes it. */
    public interface RowEditor<T> {
        Component component();

        T getValue();

        void setValue(T value);

        void onChange(Runnable onChange);
    }

    private final Supplier<RowEditor<T>> newRow;
    private final Div rows = new Div();
    private final List<RowEditor<T>> editors = new ArrayList<>();

    public RowsField(String label, String addLabel, Supplier<RowEditor<T>> newRow) {
        this.newRow = newRow;
        setLabel(label);
        rows.addClassName("rows");
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div layout = new Div(rows, add);
        layout.addClassName("rows-field");
        add(layout);
    }

    private void addRow(T value) {
        RowEditor<T> editor = newRow.get();
        if (value != null) {
            editor.setValue(value);
        }
        editor.onChange(this::updateValue);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove this row");
        remove.setTooltipText("Remove");
        Div row = new Div(editor.component(), remove);
        row.addClassName("row");
        remove.addClickListener(click -> {
            editors.remove(editor);
            rows.remove(row);
            updateValue();
        });
        editors.add(editor);
        rows.add(row);
    }

    @Override
    protected List<T> generateModelValue() {
        return editors.stream().map(RowEditor::getValue).toList();
    }

    @Override
    protected void setPresentationValue(List<T> value) {
        editors.clear();
        rows.removeAll();
        if (value != null) {
            value.forEach(this::addRow);
        }
    }
}
