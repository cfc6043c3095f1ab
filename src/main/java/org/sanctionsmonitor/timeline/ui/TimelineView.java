package org.sanctionsmonitor.timeline.ui;

import org.sanctionsmonitor.base.ui.IgnoredParameters;
import org.sanctionsmonitor.base.ui.AppNavigation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Badge;
import org.sanctionsmonitor.base.ui.FilterPanel;
import org.sanctionsmonitor.base.ui.GridCards;
import org.sanctionsmonitor.base.ui.Formats;
import org.sanctionsmonitor.base.ui.chart.ChartCard;
import org.sanctionsmonitor.base.ui.chart.DataTable;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.incident.CategoryOption;
import org.sanctionsmonitor.incident.CategoryService;
import org.sanctionsmonitor.resolution.ResolutionRow;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.timeline.TimelineFilter;
import org.sanctionsmonitor.timeline.TimelineItem;
import org.sanctionsmonitor.timeline.TimelineKind;
import org.sanctionsmonitor.timeline.TimelineService;
import org.sanctionsmonitor.timeline.TimelineWindow;

/**
 * One chronology: incidents, events, allegations, denials, resolution adoptions and provision lapses, on a zoomable
 * time axis with the list below kept in step. The filters live in the URL; zooming writes the visible range into the
 * URL too, so the view a reader shares is the view the next reader gets. Without dates the window is the whole span of
 * the matching items. A window with more items than can be drawn one by one shows their count per period instead; the
 * list under the chart holds every item of the window either way, read from the server a page at a time.
 */
@Route("timeline")
@PageTitle("Timeline · Sanctions Monitor")
@Menu(title = "Timeline", order = 5, icon = "vaadin:calendar-clock")
@RolesAllowed(Role.VIEWER_ROLE)
class TimelineView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<CountryOption> country = new ComboBox<>("Country");
    final Select<TimelineService.Regime> regime = new Select<>();
    final Select<Integer> resolution = new Select<>();
    final Select<CategoryOption> category = new Select<>();
    final CheckboxGroup<TimelineKind> kinds = new CheckboxGroup<>("Show");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ChartCard chart = new ChartCard("Timeline", "Nothing on the timeline matches these filters.")
            .withNote("Each item is drawn as long as its date is known: an item known only to the month spans the month. "
                    + "Drag or scroll on the axis to zoom; the list follows.")
            .withHeight("20rem");
    final Span count = new Span();
    final Paragraph windowNote = new Paragraph();
    final Grid<TimelineItem> list = new Grid<>();
    final FilterPanel filters = new FilterPanel();
    private final Grid.Column<TimelineItem> dateColumn;

    private final TimelineService timeline;
    private final CountryService countries;
    private TimelineFilter filter = TimelineFilter.NONE;
    private TimelineWindow window;
    private TimelineRows rows;
    private boolean applyingUrl;

    TimelineView(TimelineService timeline, CountryService countries, ResolutionService resolutions, CategoryService categories,
            java.util.List<TimelineTool> tools) {
        this.timeline = timeline;
        this.countries = countries;
        addClassName("timeline-view");
        setWidthFull();

        country.setItems(countries.all());
        country.setItemLabelGenerator(CountryOption::label);
        country.setClearButtonVisible(true);
        country.setPlaceholder("Any country");
        regime.setLabel("Regime");
        regime.setItems(timeline.regimes());
        regime.setEmptySelectionAllowed(true);
        regime.setEmptySelectionCaption("Any regime");
        regime.setItemLabelGenerator(r -> r == null ? "Any regime" : r.name());
        resolution.setLabel("Resolution");
        resolution.setItems(resolutions.list().stream().map(ResolutionRow::number).toList());
        resolution.setEmptySelectionAllowed(true);
        resolution.setEmptySelectionCaption("Any resolution");
        resolution.setItemLabelGenerator(n -> n == null ? "Any resolution" : "S/RES/" + n);
        category.setLabel("Category");
        category.setItems(categories.all());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("Any category");
        category.setItemLabelGenerator(c -> c == null ? "Any category" : c.label());
        kinds.setItems(TimelineKind.values());
        kinds.setItemLabelGenerator(TimelineKind::label);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        List.<HasValue<?, ?>>of(country, regime, resolution, category, kinds, from, to)
                .forEach(field -> field.addValueChangeListener(e -> filtersChanged()));
        Button clear = new Button("Clear filters", e -> navigateTo(TimelineFilter.NONE));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filters.add(country, regime, resolution, category, from, to, kinds, clear);

        chart.getChart().addChartClickListener(e -> e.getFilter().ifPresent(AppNavigation::open));
        chart.getChart().addChartZoomListener(e -> zoomed(day(e.getStart()), day(e.getEnd())));

        dateColumn = list.addColumn(TimelineItem::dateText).setHeader("Date").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true);
        list.addComponentColumn(i -> new Badge(i.kind().label(), tone(i.kind()))).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        list.addComponentColumn(i -> i.location() == null ? new Span(i.title()) : new Anchor(i.location(), i.title()))
                .setHeader("Item").setFlexGrow(3);
        list.addColumn(i -> detail(i)).setHeader("Detail").setFlexGrow(3);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        list.setEmptyStateText("Nothing on the timeline matches these filters.");
        // A fixed height makes the grid ask for the rows in view only, a page at a time, however many the window holds.
        list.setHeight("32rem");
        list.addClassName("timeline-list");
        list.sort(List.of(new GridSortOrder<>(dateColumn, SortDirection.DESCENDING)));
        count.addClassName("result-count");
        windowNote.addClassName("timeline-window");
        Paragraph scope = new Paragraph("Published items only. Country and category narrow incidents, events and statements; "
                + "resolutions and lapsing provisions are narrowed by regime, resolution and date only.");
        scope.addClassName("note");
        GridCards.enable(list, "Items", 640, i -> GridCards.card(
                i.location() == null ? new Span(i.title()) : new Anchor(i.location(), i.title()),
                GridCards.line(new Badge(i.kind().label(), tone(i.kind())), i.dateText()), GridCards.line(detail(i))));
        HorizontalLayout header = new HorizontalLayout(new H2("Timeline"), count);
        header.addClassName("list-header");
        tools.forEach(tool -> header.add(tool.create(() -> filter)));
        add(header, scope, filters, windowNote, chart, list);
    }

    private static String detail(TimelineItem item) {
        if (item.kind() == TimelineKind.VIOLATION || item.kind() == TimelineKind.EVENT) {
            return item.detail(); // the category's name
        }
        return item.detail() == null ? "" : item.detail();
    }

    private static Badge.Tone tone(TimelineKind kind) {
        return switch (kind) {
            case ALLEGATION -> Badge.Tone.DANGER;
            case DENIAL -> Badge.Tone.SUCCESS;
            case EXPIRY -> Badge.Tone.WARNING;
            case ADOPTION -> Badge.Tone.INFO;
            default -> Badge.Tone.NEUTRAL;
        };
    }

    private static LocalDate day(double epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli((long) epochMillis), ZoneOffset.UTC);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TimelineFilter given = TimelineFilter.fromQuery(event.getLocation().getQueryParameters().getParameters());
        // What a shared link names but this page does not know is left out, so that the chart is what the fields show.
        filter = new TimelineFilter(countries.find(given.country()).map(c -> given.country()).orElse(null),
                regime.getListDataView().getItems().anyMatch(r -> r.code().equals(given.regime())) ? given.regime() : null,
                resolution.getListDataView().getItems().anyMatch(r -> r.equals(given.resolution())) ? given.resolution() : null,
                category.getListDataView().getItems().anyMatch(c -> c.code().equals(given.category())) ? given.category() : null,
                given.kinds(), given.from(), given.to());
        IgnoredParameters.tell(event.getLocation(), filter.toQuery(), TimelineFilter.PARAMETERS);
        applyingUrl = true;
        try {
            country.setValue(countries.find(filter.country()).orElse(null));
            regime.setValue(regime.getListDataView().getItems().filter(r -> r.code().equals(filter.regime())).findFirst().orElse(null));
            resolution.setValue(filter.resolution());
            category.setValue(category.getListDataView().getItems().filter(c -> c.code().equals(filter.category())).findFirst().orElse(null));
            // No kinds in the URL means every kind, and the boxes say so.
            kinds.setValue(filter.kinds().isEmpty() ? EnumSet.allOf(TimelineKind.class) : filter.kinds());
            from.setValue(filter.from());
            to.setValue(filter.to());
        } finally {
            applyingUrl = false;
        }
        show(timeline.window(filter));
    }

    /** How many filters are set, the zoomed dates included: the folded panel says so. */
    private void countActiveFilters() {
        filters.setActiveCount((int) java.util.stream.Stream.of(filter.country(), filter.regime(), filter.resolution(),
                filter.category(), filter.kinds().isEmpty() ? null : filter.kinds(), filter.from(), filter.to())
                .filter(java.util.Objects::nonNull).count());
    }

    /** The chart was zoomed: the window, the list and the URL follow, without reloading the page. */
    void zoomed(LocalDate start, LocalDate end) {
        if (window != null && start.equals(window.from()) && end.equals(window.to())) {
            return;
        }
        filter = filter.withRange(start, end);
        applyingUrl = true;
        try {
            from.setValue(start);
            to.setValue(end);
        } finally {
            applyingUrl = false;
        }
        show(timeline.window(filter, window == null ? null : window.span()));
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(Pages.TIMELINE, QueryParameters.simple(filter.toQuery())));
    }

    private void show(TimelineWindow shown) {
        window = shown;
        countActiveFilters();
        // The table under the chart is built from the window when it is opened, not kept in every reader's session.
        chart.show(TimelineCharts.option(shown), tableIsEmpty(shown), () -> table(shown));
        count.setText(TimelineCharts.items(shown.total()));
        windowNote.setText(note(shown));
        windowNote.setVisible(shown.span() != null);
        rows = null;
        list.setItems(query -> rows(query).fetch(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(shown.total(), Integer.MAX_VALUE));
    }

    /** The list's rows in the order the reader chose: newest first unless the date column is sorted ascending. */
    private TimelineRows rows(Query<TimelineItem, ?> query) {
        boolean newestFirst = query.getSortOrders().isEmpty() || query.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING;
        if (rows == null || rows.newestFirst() != newestFirst) {
            rows = new TimelineRows(timeline, window.filter(), newestFirst);
        }
        return rows;
    }

    /** Says plainly what the window holds and whether the chart draws every item of it. */
    private static String note(TimelineWindow window) {
        if (window.span() == null) {
            return "";
        }
        if (window.total() == 0) {
            return "Nothing between " + Formats.date(window.from()) + " and " + Formats.date(window.to())
                    + ". Zoom out on the chart or widen the dates: these filters match items from "
                    + Formats.date(window.span().first()) + " to " + Formats.date(window.span().last()) + ".";
        }
        String shown = (window.chosen() ? "From " : "Everything, from ") + Formats.date(window.from()) + " to "
                + Formats.date(window.to()) + ": " + TimelineCharts.items(window.total()) + ". ";
        if (!window.aggregated()) {
            return shown + "Each one is drawn on the chart and listed below.";
        }
        return shown + "That is more than the " + TimelineService.DRAW_LIMIT + " the chart draws one by one, so it shows how many"
                + " items of each kind fall in each " + window.period().unit() + " (each lane's bars measured against its own"
                + " largest count); zoom in (or click a bar) to see the items themselves. The list below holds all "
                + TimelineCharts.items(window.total()) + ".";
    }

    /** Whether {@link #table} would have no rows (the chart then shows its empty state), without building it. */
    private static boolean tableIsEmpty(TimelineWindow window) {
        if (window.span() != null && window.total() == 0) {
            return TimelineCharts.lanes(window.filter()).isEmpty();
        }
        return window.aggregated() ? window.counts().isEmpty() : window.items().isEmpty();
    }

    /** The chart's data for the table under it: the items, their count per period, or zero per kind for an empty window. */
    private static DataTable table(TimelineWindow window) {
        if (window.span() != null && window.total() == 0) {
            String range = Formats.date(window.from()) + " – " + Formats.date(window.to());
            return new DataTable(List.of("Period", "What", "Items"), TimelineCharts.lanes(window.filter()).stream()
                    .map(k -> List.of(DataTable.Cell.text(range), DataTable.Cell.text(k.label()), DataTable.Cell.text(0)))
                    .toList());
        }
        if (window.aggregated()) {
            return new DataTable(List.of("Period", "What", "Items"), window.counts().stream()
                    .map(c -> List.of(DataTable.Cell.text(window.period().label(c.start())), DataTable.Cell.text(c.kind().label()),
                            DataTable.Cell.link(c.items(), TimelineCharts.periodLocation(window, c))))
                    .toList());
        }
        return new DataTable(List.of("Date", "What", "Item"), window.items().stream()
                .map(i -> List.of(DataTable.Cell.text(i.dateText()), DataTable.Cell.text(i.kind().label()),
                        i.location() == null ? DataTable.Cell.text(i.title()) : DataTable.Cell.link(i.title(), i.location())))
                .toList());
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        navigateTo(new TimelineFilter(country.getValue() == null ? null : country.getValue().code(),
                regime.getValue() == null ? null : regime.getValue().code(), resolution.getValue(), category.getValue() == null ? null : category.getValue().code(),
                kinds.getValue(), from.getValue(), to.getValue()));
    }

    private void navigateTo(TimelineFilter next) {
        UI.getCurrent().navigate(TimelineView.class, QueryParameters.simple(next.toQuery()));
    }
}
