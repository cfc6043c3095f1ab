package org.sanctionsmonitor.incident.ui;

import org.sanctionsmonitor.base.Pages;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.FilterPanel;
import org.sanctionsmonitor.base.ui.GridCards;
import org.sanctionsmonitor.base.ui.IgnoredParameters;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.incident.CategoryOption;
import org.sanctionsmonitor.incident.CategoryService;
import org.sanctionsmonitor.incident.IncidentFilter;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentRow;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.OriginsFilter;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.resolution.ProvisionOption;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;

/**
 * The incident list: a lazy grid with filters. The filters live in the URL, so every filtered list can be shared;
 * changing a filter navigates to the new URL, and entering the view (by link, bookmark or back button) applies it.
 */
@Route("incidents")
@PageTitle("Incidents · Sanctions Monitor")
@Menu(title = "Incidents", order = 10, icon = "vaadin:list")
@RolesAllowed(Role.VIEWER_ROLE)
class IncidentListView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<CountryOption> country = new ComboBox<>("Country");
    final Select<PartyRole> role = new Select<>();
    final Select<CategoryOption> category = new Select<>();
    final Select<IncidentStatus> status = new Select<>();
    final Select<IncidentKind> kind = new Select<>();
    final Select<OriginsFilter> origins = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField text = new TextField("Search");
    final Span count = new Span();
    final HorizontalLayout extraConditions = new HorizontalLayout();
    final Grid<IncidentRow> grid = new Grid<>();
    final FilterPanel filters = new FilterPanel();

    private final IncidentService incidents;
    private final CountryService countries;
    private final ResolutionService resolutions;
    private IncidentFilter filter = IncidentFilter.NONE;
    private IncidentRows rows;
    private boolean applyingUrl;

    IncidentListView(IncidentService incidents, CountryService countries, ResolutionService resolutions, CategoryService categories,
            List<IncidentListTool> tools) {
        this.incidents = incidents;
        this.countries = countries;
        this.resolutions = resolutions;
        setSizeFull();
        addClassName("incident-list-view");

        country.setItems(countries.all());
        country.setItemLabelGenerator(CountryOption::label);
        country.setClearButtonVisible(true);
        country.setPlaceholder("Any country");
        configure(role, "Role", PartyRole.values(), PartyRole::label, "Any role");
        configure(category, "Category", categories.all().toArray(CategoryOption[]::new), CategoryOption::label, "Any category");
        configure(status, "Status", IncidentStatus.values(), IncidentStatus::label, "Any status");
        configure(kind, "Kind", IncidentKind.values(), IncidentKind::label, "Violations and events");
        configure(origins, "Corroboration", OriginsFilter.values(), OriginsFilter::label, "Any corroboration");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        text.setPlaceholder("Title, summary, place");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        List.<HasValue<?, ?>>of(country, role, category, status, kind, origins, from, to, text)
                .forEach(field -> field.addValueChangeListener(e -> filtersChanged()));

        Button clear = new Button("Clear filters", e -> navigateTo(IncidentFilter.NONE));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        filters.add(country, role, category, status, kind, origins, from, to, text, clear);

        configureGrid();
        count.addClassName("result-count");
        HorizontalLayout header = new HorizontalLayout(new H2("Incidents"), count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("list-header");
        if (CurrentUser.canSeeUnpublished()) {
            Anchor create = Texts.appLink("New incident", "incidents/new");
            create.addClassName("button-link");
            header.add(create);
        }
        // Tools of other features (export, cite a selection) see the filter and the selection as they are when used.
        tools.forEach(tool -> header.add(tool.create(() -> filter, () -> List.copyOf(grid.getSelectedItems()))));
        extraConditions.setVisible(false);
        add(header, filters, extraConditions, grid);
    }

    private static <T> void configure(Select<T> select, String label, T[] values,
            java.util.function.Function<T, String> labels, String emptyLabel) {
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(emptyLabel);
        select.setItemLabelGenerator(value -> value == null ? emptyLabel : labels.apply(value));
    }

    private void configureGrid() {
        Grid.Column<IncidentRow> date = grid.addColumn(IncidentRow::dateText).setHeader("Date")
                .setSortProperty("date").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> Texts.appLink(row.title(), Pages.incident(row.id())))
                .setHeader("Title").setSortProperty("title").setFlexGrow(4);
        grid.addColumn(IncidentRow::flow).setHeader("Supplier → recipient").setFlexGrow(2);
        grid.addColumn(IncidentRow::categoryLabel).setHeader("Category").setSortProperty("category").setAutoWidth(true);
        grid.addComponentColumn(IncidentListView::statusBadges).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(IncidentRow::sourceCount).setHeader("Sources").setAutoWidth(true).setFlexGrow(0);
        // Without a count the grid grows as it is scrolled, so it asks for the rows after those it has (keyset pages),
        // never for a row half a million down.
        grid.setItems(query -> rows(VaadinSpringDataHelpers.toSpringDataSort(query)).fetch(query.getOffset(), query.getLimit()).stream());
        grid.sort(GridSortOrder.desc(date).build());
        grid.setMultiSort(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI); // rows are selected to be cited together
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No incidents match these filters.");
        grid.setSizeFull();
        GridCards.enable(grid, "Incidents", 760, row -> GridCards.card(Texts.appLink(row.title(), Pages.incident(row.id())),
                GridCards.line(row.dateText(), row.categoryLabel()), GridCards.line(row.flow()),
                GridCards.line(statusBadges(row), row.sourceCount() == 1 ? "1 source" : row.sourceCount() + " sources")));
    }

    /** The rows for the current filter and order; a new order or filter starts afresh. */
    private IncidentRows rows(org.springframework.data.domain.Sort sort) {
        if (rows == null || !rows.matches(filter, sort)) {
            rows = new IncidentRows(incidents, filter, sort);
        }
        return rows;
    }

    private static HorizontalLayout statusBadges(IncidentRow row) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("badges");
        if (row.kind() == IncidentKind.EVENT) {
            badges.add(new Badge("Event", Badge.Tone.NEUTRAL));
        } else {
            badges.add(IncidentBadges.status(row.status()));
        }
        if (row.workflowState() != WorkflowState.PUBLISHED) {
            badges.add(IncidentBadges.workflow(row.workflowState()));
        }
        return badges;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = IncidentFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        CategoryOption chosen = category.getListDataView().getItems().filter(c -> c.code().equals(filter.category())).findFirst().orElse(null);
        filter = filter.withCategory(chosen == null ? null : chosen.code()); // an unknown category in a shared link is ignored
        if (countries.find(filter.country()).isEmpty()) {
            filter = filter.withCountry(null); // likewise an unknown country, so that the list is what the fields show
        }
        IgnoredParameters.tell(event.getLocation(), filter.toQuery(), IncidentFilter.PARAMETERS);
        applyingUrl = true;
        try {
            country.setValue(countries.find(filter.country()).orElse(null));
            role.setValue(filter.role());
            category.setValue(chosen);
            status.setValue(filter.status());
            kind.setValue(filter.kind());
            origins.setValue(filter.origins());
            from.setValue(filter.from());
            to.setValue(filter.to());
            text.setValue(filter.text() == null ? "" : filter.text());
        } finally {
            applyingUrl = false;
        }
        showConditionsWithoutField();
        filters.setActiveCount((int) java.util.stream.Stream.of(filter.country(), filter.role(), filter.category(), filter.status(),
                filter.kind(), filter.from(), filter.to(), filter.text()).filter(java.util.Objects::nonNull).count());
        rows = null;
        grid.getDataProvider().refreshAll();
        count.setText(incidents.countUpTo(filter).text());
    }

    /** Conditions that arrive from dashboard clicks, shown as removable chips so the count is never a mystery. */
    private void showConditionsWithoutField() {
        extraConditions.removeAll();
        if (filter.provision() != null) {
            String citation = resolutions.provisionOptions().stream().filter(p -> p.id() == filter.provision())
                    .map(ProvisionOption::citation).findFirst().orElse("provision " + filter.provision());
            extraConditions.add(chip("Citing " + citation, filter.withoutProvision()));
        }
        if (filter.recipient() != null) {
            String name = countries.find(filter.recipient()).map(CountryOption::name).orElse(filter.recipient());
            extraConditions.add(chip("Recipient: " + name, filter.withoutRecipient()));
        }
        extraConditions.setVisible(extraConditions.getComponentCount() > 0);
    }

    private Button chip(String text, IncidentFilter without) {
        Button chip = new Button(text, VaadinIcon.CLOSE_SMALL.create(), click -> navigateTo(without));
        chip.setIconAfterText(true);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.setAriaLabel("Remove the condition: " + text);
        return chip;
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        // The provision and recipient conditions come from dashboard clicks and have no field: keep them.
        navigateTo(new IncidentFilter(
                country.getValue() == null ? null : country.getValue().code(),
                role.getValue(), category.getValue() == null ? null : category.getValue().code(), status.getValue(), kind.getValue(),
                from.getValue(), to.getValue(), text.getValue(), filter.provision(), filter.recipient(), origins.getValue()));
    }

    private void navigateTo(IncidentFilter next) {
        UI.getCurrent().navigate(IncidentListView.class, QueryParameters.simple(next.toQuery()));
    }
}
