package org.sanctionsmonitor.source.ui;

import org.sanctionsmonitor.base.ui.IgnoredParameters;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.base.Pages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import org.sanctionsmonitor.base.ui.GridCards;
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
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceFilter;
import org.sanctionsmonitor.source.SourceRow;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.source.SourceType;

/** The source library: every article and document cited, searchable in its original language and in translation. */
@Route("sources")
@PageTitle("Sources · Sanctions Monitor")
@Menu(title = "Sources", order = 30, icon = "vaadin:newspaper")
@RolesAllowed(Role.VIEWER_ROLE)
class SourceListView extends VerticalLayout implements BeforeEnterObserver {

    final TextField text = new TextField("Search");
    final Select<String> language = new Select<>();
    final Select<SourceType> type = new Select<>();
    final Span count = new Span();
    final Grid<SourceRow> grid = new Grid<>();
    final org.sanctionsmonitor.base.ui.FilterPanel filters = new org.sanctionsmonitor.base.ui.FilterPanel();

    private final SourceService sources;
    private SourceFilter filter = SourceFilter.NONE;
    private boolean applyingUrl;

    SourceListView(SourceService sources, java.util.List<SourceListTool> tools) {
        this.sources = sources;
        setSizeFull();

        text.setPlaceholder("Outlet, title or text in any language");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        language.setLabel("Language");
        language.setItems(sources.languages());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption("Any language");
        language.setItemLabelGenerator(code -> code == null ? "Any language" : Languages.name(code));
        type.setLabel("Type");
        type.setItems(SourceType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        text.addValueChangeListener(e -> filtersChanged());
        language.addValueChangeListener(e -> filtersChanged());
        type.addValueChangeListener(e -> filtersChanged());

        grid.addColumn(row -> Formats.date(row.publishedOn())).setHeader("Published").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Labels.outlet(row.outlet(), row.originatingOutlet())).setHeader("Outlet").setAutoWidth(true);
        grid.addComponentColumn(row -> Texts.appLink(row.titleOriginal(), Pages.source(row.id()))).setHeader("Title").setFlexGrow(3);
        grid.addColumn(row -> Languages.name(row.language())).setHeader("Language").setAutoWidth(true);
        grid.addColumn(row -> row.reliability().name()).setHeader("Reliability").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SourceRow::citationCount).setHeader("Cited by").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> sources.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> sources.count(filter));
        grid.setEmptyStateText("No sources match these filters.");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        GridCards.enable(grid, "Sources", 760, row -> GridCards.card(Texts.appLink(row.titleOriginal(), Pages.source(row.id())),
                GridCards.line(Formats.date(row.publishedOn()), Labels.outlet(row.outlet(), row.originatingOutlet())),
                GridCards.line(Languages.name(row.language()), "reliability " + row.reliability().name(),
                        row.citationCount() == 1 ? "cited by 1" : "cited by " + row.citationCount())));
        filters.add(text, language, type);
        count.addClassName("result-count");
        HorizontalLayout header = new HorizontalLayout(new H2("Sources"), count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("list-header");
        if (CurrentUser.canSeeUnpublished()) {
            Anchor create = Texts.appLink("New source", "sources/new");
            create.addClassName("button-link");
            header.add(create);
        }
        tools.forEach(tool -> header.add(tool.create(() -> filter)));
        add(header, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = SourceFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        IgnoredParameters.tell(event.getLocation(), filter.toQuery(), SourceFilter.PARAMETERS);
        applyingUrl = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            language.setValue(filter.language());
            type.setValue(filter.type());
        } finally {
            applyingUrl = false;
        }
        filters.setActiveCount((int) java.util.stream.Stream.of(filter.text(), filter.language(), filter.type())
                .filter(java.util.Objects::nonNull).count());
        grid.getDataProvider().refreshAll();
        int total = sources.count(filter);
        count.setText(total == 1 ? "1 source" : total + " sources");
    }

    private void filtersChanged() {
        if (!applyingUrl) {
            SourceFilter next = new SourceFilter(text.getValue(), language.getValue(), type.getValue());
            UI.getCurrent().navigate(SourceListView.class, QueryParameters.simple(next.toQuery()));
        }
    }
}
