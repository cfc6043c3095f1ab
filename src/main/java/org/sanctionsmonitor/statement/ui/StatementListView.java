package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.FilterPanel;
import org.sanctionsmonitor.base.ui.GridCards;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.statement.ActorOption;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StanceSide;
import org.sanctionsmonitor.statement.StatementFilter;
import org.sanctionsmonitor.statement.StatementService;
import org.sanctionsmonitor.statement.StatementView;

/**
 * Every statement, newest first, filtered by speaker, country, side or stance, date range and words; the filters live
 * in the URL ({@code /statements?country=KP&side=DENIAL}), so the dossier's figures open it with the same count.
 */
@Route("statements")
@PageTitle("Statements · Sanctions Monitor")
@Menu(title = "Statements", order = 15, icon = "vaadin:comments-o")
@RolesAllowed(Role.VIEWER_ROLE)
class StatementListView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<ActorOption> speaker = new ComboBox<>("Speaker");
    final ComboBox<CountryOption> country = new ComboBox<>("Country");
    final Select<StanceSide> side = new Select<>();
    final Select<Stance> stance = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField text = new TextField("Words");
    final Span count = new Span();
    final Grid<StatementView> grid = new Grid<>();
    final FilterPanel filters = new FilterPanel();

    private final StatementService statements;
    private final ActorService actors;
    private final CountryService countries;
    private StatementFilter filter = StatementFilter.NONE;
    private boolean applyingUrl;

    StatementListView(StatementService statements, ActorService actors, CountryService countries, java.util.List<StatementListTool> tools) {
        this.statements = statements;
        this.actors = actors;
        this.countries = countries;
        setSizeFull();
        addClassName("statement-list-view");

        // Found by any of their names, in any script or spelling.
        speaker.setItems(query -> actors.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        speaker.setItemLabelGenerator(ActorOption::label);
        speaker.setClearButtonVisible(true);
        speaker.setPlaceholder("Anyone");
        country.setItems(countries.all());
        country.setItemLabelGenerator(CountryOption::label);
        country.setClearButtonVisible(true);
        country.setPlaceholder("Any country");
        country.setHelperText("Its speakers' country, or a signatory's.");
        side.setLabel("Side");
        side.setItems(StanceSide.values());
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption("Claims, denials and reports");
        side.setItemLabelGenerator(value -> value == null ? "Claims, denials and reports" : sideLabel(value));
        stance.setLabel("Stance");
        stance.setItems(Stance.values());
        stance.setEmptySelectionAllowed(true);
        stance.setEmptySelectionCaption("Any stance");
        stance.setItemLabelGenerator(value -> value == null ? "Any stance" : value.label());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        text.setPlaceholder("In any language, or a speaker's name");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        List.<HasValue<?, ?>>of(speaker, country, side, stance, from, to, text).forEach(field -> field.addValueChangeListener(e -> filtersChanged()));
        Button clear = new Button("Clear filters", e -> navigateTo(StatementFilter.NONE));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        filters.add(speaker, country, side, stance, from, to, text, clear);

        grid.addComponentColumn(row -> Texts.appLink(row.dateText(), Pages.statement(row.id()))).setHeader("Said")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(StatementListView::speakers).setHeader("Speakers").setFlexGrow(2);
        grid.addComponentColumn(StatementListView::stanceBadges).setHeader("Stance").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> Texts.userText(new Span(row.summary()))).setHeader("What was said").setFlexGrow(4);
        grid.addComponentColumn(row -> row.incidentId() == null ? new Span()
                : Texts.appLink(row.incidentTitle(), Pages.incident(row.incidentId()))).setHeader("About").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No statement matches these filters.");
        grid.setSizeFull();
        // On a phone each statement is a card rather than a row that scrolls sideways.
        GridCards.enable(grid, "Statements", 760, row -> GridCards.card(
                Texts.appLink(row.dateText() + " · " + row.speakers(), Pages.statement(row.id())),
                GridCards.line(stanceBadges(row)), GridCards.line(Texts.userText(new Span(row.summary()))),
                row.incidentId() == null ? null : GridCards.line("About", Texts.appLink(row.incidentTitle(), Pages.incident(row.incidentId())))));

        count.addClassName("result-count");
        HorizontalLayout header = new HorizontalLayout(new H2("Statements"), count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("list-header"); // the export links wrap under the heading on a phone
        tools.forEach(tool -> header.add(tool.create(() -> filter)));
        add(header, filters, grid);
    }

    static String sideLabel(StanceSide side) {
        return switch (side) {
            case ALLEGATION -> "Claims (alleges, confirms, condemns)";
            case DENIAL -> "Denials and non-answers";
            case NEUTRAL -> "Reports only";
        };
    }

    private static Component speakers(StatementView row) {
        Div speakers = new Div();
        for (int i = 0; i < row.speakerList().size(); i++) {
            StatementView.Speaker speaker = row.speakerList().get(i);
            if (i > 0) {
                speakers.add(new Span("; "));
            }
            speakers.add(Texts.appLink(speaker.name(), Pages.actor(speaker.id())));
        }
        if (row.countries() != null) {
            Span countries = new Span(" (" + row.countries() + ")");
            countries.addClassName("meta");
            speakers.add(countries);
        }
        return speakers;
    }

    private static Component stanceBadges(StatementView row) {
        HorizontalLayout badges = new HorizontalLayout(StanceBadge.of(row.stance(), row.side()));
        badges.setSpacing(false);
        badges.addClassName("badges");
        if (row.workflowState() != WorkflowState.PUBLISHED) {
            badges.add(new Badge(row.workflowState().title(), Badge.Tone.WARNING));
        }
        return badges;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = StatementFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        applyingUrl = true;
        try {
            speaker.setValue(filter.speaker() == null ? null : actors.option(filter.speaker()).orElse(null));
            country.setValue(countries.find(filter.country()).orElse(null));
            side.setValue(filter.side());
            stance.setValue(filter.stance());
            from.setValue(filter.from());
            to.setValue(filter.to());
            text.setValue(filter.text() == null ? "" : filter.text());
        } finally {
            applyingUrl = false;
        }
        filters.setActiveCount((int) java.util.stream.Stream.of(filter.speaker(), filter.country(), filter.side(), filter.stance(),
                filter.from(), filter.to(), filter.text()).filter(java.util.Objects::nonNull).count());
        int total = statements.count(filter);
        count.setText(total == 1 ? "1 statement" : total + " statements");
        StatementRows rows = new StatementRows(statements, filter);
        grid.setItems(query -> rows.fetch(query.getOffset(), query.getLimit()).stream(), query -> statements.count(filter));
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        navigateTo(new StatementFilter(speaker.getValue() == null ? null : speaker.getValue().id(),
                country.getValue() == null ? null : country.getValue().code(), side.getValue(), stance.getValue(), from.getValue(),
                to.getValue(), text.getValue()));
    }

    private void navigateTo(StatementFilter next) {
        UI.getCurrent().navigate(StatementListView.class, QueryParameters.simple(next.toQuery()));
    }
}
