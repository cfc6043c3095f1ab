package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.statement.ActorChange;
import org.sanctionsmonitor.base.ui.FieldLimits;
import org.sanctionsmonitor.editorial.ui.EditorSave;
import org.sanctionsmonitor.editorial.ui.FieldErrors;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.ActorData;
import org.sanctionsmonitor.statement.ActorKind;
import org.sanctionsmonitor.statement.ActorRow;
import org.sanctionsmonitor.statement.ActorService;

/** The speakers statements are attributed to; editors add and correct them here (or inline in the statement form). */
@Route("actors")
@PageTitle("Actors · Sanctions Monitor")
@Menu(title = "Actors", order = 40, icon = "vaadin:user-card")
@RolesAllowed(Role.EDITOR_ROLE)
class ActorListView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<ActorRow> grid = new Grid<>();
    private final ActorService actors;
    private final List<CountryOption> countries;

    ActorListView(ActorService actors, CountryService countryService) {
        this.actors = actors;
        this.countries = countryService.all();
        setSizeFull();
        search.setPlaceholder("Any name, in any script, or title");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setAriaLabel("Search actors");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(ActorRow::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ActorRow::otherNames).setHeader("Other names").setFlexGrow(2);
        grid.addColumn(row -> row.kind().name().replace('_', ' ').toLowerCase()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(ActorRow::countryName).setHeader("Country").setAutoWidth(true);
        grid.addColumn(ActorRow::title).setHeader("Title or role").setFlexGrow(2);
        grid.addColumn(ActorRow::statementCount).setHeader("Statements").setAutoWidth(true).setFlexGrow(0);
        // A button as well as the row click, so that keyboard users can edit too.
        grid.addComponentColumn(this::editButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> actors.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> actors.count(search.getValue()));
        grid.setEmptyStateText("No actor matches.");
        grid.addItemClickListener(click -> actors.edit(click.getItem().id()).ifPresent(this::open));
        grid.setSizeFull();
        org.sanctionsmonitor.base.ui.GridCards.enable(grid, "Actors", 720, row -> org.sanctionsmonitor.base.ui.GridCards.card(new com.vaadin.flow.component.html.Span(row.name()),
                org.sanctionsmonitor.base.ui.GridCards.line(row.kind().name().replace('_', ' ').toLowerCase(), row.countryName(), row.title()),
                org.sanctionsmonitor.base.ui.GridCards.line(row.statementCount() + " statements", editButton(row))));
        Button create = new Button("New actor", VaadinIcon.PLUS.create(), click -> open(new ActorData()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2("Actors"), create), search, grid);
    }

    private Button editButton(ActorRow row) {
        Button edit = new Button("Edit", click -> actors.edit(row.id()).ifPresent(this::open));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + row.name());
        return edit;
    }

    void open(ActorData data) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(data.getId() == null ? "New actor" : "Edit actor");
        TextField name = new TextField("Name");
        Select<ActorKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(ActorKind.values());
        kind.setItemLabelGenerator(k -> k.name().replace('_', ' ').toLowerCase());
        ComboBox<CountryOption> country = new ComboBox<>("Country");
        country.setItems(countries);
        country.setItemLabelGenerator(CountryOption::label);
        country.setClearButtonVisible(true);
        TextField title = new TextField("Title or role");
        title.setHelperText("Readers see it beside the name.");
        TextArea otherNames = new TextArea("Other names");
        otherNames.setHelperText("One per line: other spellings and the name in other scripts, e.g. 김여정, Ким Ё Чжон, "
                + "Kim Yo Jong. Search and the speaker picker find the actor by each.");
        TextArea notes = new TextArea("Editors' notes");
        notes.setHelperText("Only editors see these.");
        BeanValidationBinder<ActorData> binder = new BeanValidationBinder<>(ActorData.class);
        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(country).bind(d -> countries.stream().filter(c -> c.code().equals(d.getCountryCode())).findFirst().orElse(null),
                (d, v) -> d.setCountryCode(v == null ? null : v.code()));
        binder.forField(title).bind("title");
        binder.forField(otherNames).bind(d -> String.join("\n", d.getOtherNames()),
                (d, v) -> d.setOtherNames(Arrays.stream(v.split("\\R")).map(String::strip).filter(n -> !n.isEmpty()).toList()));
        binder.forField(notes).bind("notes");
        binder.setBean(data);
        FieldLimits.showAll(binder, ActorData.class);
        FieldErrors errors = new FieldErrors(binder).map("otherNames", otherNames);
        FormLayout fields = new FormLayout(name, kind, country, title);
        fields.add(otherNames, 2);
        fields.add(notes, 2);
        dialog.add(fields);
        if (data.getId() != null) {
            dialog.add(changes(data.getId()));
        }
        Button save = new Button("Save", click -> {
            if (binder.validate().isOk()) {
                EditorSave.save(binder.getBean(), actors::save, errors, id -> {
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                }, binder::setBean);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    /** Who changed the actor when: actors are saved without review, and every save is recorded. */
    private Details changes(long id) {
        UnorderedList list = new UnorderedList();
        for (ActorChange change : actors.changes(id)) {
            list.add(new ListItem((change.created() ? "Created" : "Changed") + " by " + change.username() + ", "
                    + Formats.instant(change.changedAt()) + ": " + change.name()
                    + (change.otherNames().isEmpty() ? "" : " (also " + String.join(", ", change.otherNames()) + ")")));
        }
        Details details = new Details("Changes", list);
        details.addClassName("actor-changes");
        return details;
    }
}
