package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.editorial.ui.FieldErrors;
import org.sanctionsmonitor.incident.CategoryData;
import org.sanctionsmonitor.incident.CategoryOption;
import org.sanctionsmonitor.incident.CategoryService;
import org.sanctionsmonitor.security.Role;

/**
 * The incident categories, for admins: add one (its code is fixed once saved), rename it, describe it, order it, or
 * retire it. A retired category is no longer offered for new incidents; incidents that have it keep it.
 */
@Route("admin/categories")
@PageTitle("Categories · Sanctions Monitor")
@Menu(title = "Categories", order = 91, icon = "vaadin:tags")
@RolesAllowed(Role.ADMIN_ROLE)
class CategoryAdminView extends VerticalLayout {

    final Grid<CategoryOption> grid = new Grid<>();
    private final CategoryService categories;

    CategoryAdminView(CategoryService categories) {
        this.categories = categories;
        setSizeFull();
        grid.addColumn(CategoryOption::label).setHeader("Name").setAutoWidth(true);
        grid.addColumn(CategoryOption::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(CategoryOption::description).setHeader("Description").setFlexGrow(3);
        grid.addColumn(CategoryOption::sortOrder).setHeader("Position").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.retired() ? "Retired" : "In use").setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> open(CategoryData.of(click.getItem())));
        grid.setEmptyStateText("No category yet.");
        // A button as well as the row click, so that keyboard users can change a category too.
        grid.addComponentColumn(c -> editButton(c)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        org.sanctionsmonitor.base.ui.GridCards.enable(grid, "Categories", 760, c -> org.sanctionsmonitor.base.ui.GridCards.card(new com.vaadin.flow.component.html.Span(c.label()),
                org.sanctionsmonitor.base.ui.GridCards.line(c.code(), "position " + c.sortOrder(), c.retired() ? "Retired" : "In use"), org.sanctionsmonitor.base.ui.GridCards.line(c.description()),
                editButton(c)));
        Button create = new Button("New category", VaadinIcon.PLUS.create(), click -> open(new CategoryData()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2("Incident categories"), create),
                new Paragraph("Editors choose one of these for every incident. Click a category to change it."), grid);
        refresh();
    }

    private Button editButton(CategoryOption category) {
        Button edit = new Button("Change", click -> open(CategoryData.of(category)));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Change " + category.label());
        return edit;
    }

    private void refresh() {
        grid.setItems(categories.all());
    }

    void open(CategoryData data) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(data.isNew() ? "New category" : "Edit category");
        TextField code = new TextField("Code");
        code.setHelperText("Capital letters, digits and _; it cannot change once saved.");
        code.setReadOnly(!data.isNew());
        TextField label = new TextField("Name");
        TextArea description = new TextArea("Description");
        IntegerField sortOrder = new IntegerField("Position");
        sortOrder.setHelperText("Lists show categories from the lowest number.");
        Checkbox retired = new Checkbox("Retired: no longer offered for new incidents");
        BeanValidationBinder<CategoryData> binder = new BeanValidationBinder<>(CategoryData.class);
        binder.forField(code).bind("code");
        binder.forField(label).bind("label");
        binder.forField(description).bind("description");
        binder.forField(sortOrder).bind(CategoryData::getSortOrder, (d, v) -> d.setSortOrder(v == null ? 0 : v));
        binder.forField(retired).bind("retired");
        binder.setBean(data);
        FieldErrors errors = new FieldErrors(binder).map("sortOrder", sortOrder);
        FormLayout fields = new FormLayout(code, label, sortOrder, retired);
        fields.add(description, 2);
        dialog.add(fields);
        Button save = new Button("Save", click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                categories.save(binder.getBean());
                errors.dismissNotice();
                dialog.close();
                Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ConstraintViolationException invalid) {
                errors.show(invalid);
            } catch (FieldException refused) {
                errors.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        (data.isNew() ? code : label).focus();
    }
}
