package org.sanctionsmonitor.search.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sanctionsmonitor.base.FieldException;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.FilterPanel;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.country.CountryOption;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.search.SearchGroup;
import org.sanctionsmonitor.search.SearchHit;
import org.sanctionsmonitor.search.SearchKind;
import org.sanctionsmonitor.search.SearchQuery;
import org.sanctionsmonitor.search.SearchResults;
import org.sanctionsmonitor.search.SearchService;
import org.sanctionsmonitor.security.Role;

/**
 * Search everywhere ({@code /search?q=…}): the best matches of each kind, grouped, the best group first; or, with one
 * kind chosen, all its matches, twenty at a time. The words and every filter (kinds, dates, country) live in the URL.
 */
@Route("search")
@RolesAllowed(Role.VIEWER_ROLE)
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_KIND = 5;
    static final int PAGE = 20;

    final TextField text = new TextField();
    final CheckboxGroup<SearchKind> kinds = new CheckboxGroup<>("Find");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<CountryOption> country = new ComboBox<>("Country");
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    final FilterPanel filters = new FilterPanel();

    private final SearchService search;
    private final CountryService countries;
    private SearchQuery query = SearchQuery.of("");
    private boolean applyingUrl;
    private String title = "Search · Sanctions Monitor";

    SearchView(SearchService search, CountryService countries, java.util.List<SearchTool> tools) {
        this.search = search;
        this.countries = countries;
        addClassName("search-view");
        setWidthFull();

        text.setAriaLabel("Search for");
        text.setPlaceholder("A name, a place, a word in any language, a resolution");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setWidthFull();
        text.addClassName("search-text");
        kinds.setItems(SearchKind.values());
        kinds.setItemLabelGenerator(SearchKind::label);
        kinds.setHelperText("None chosen: everything.");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        country.setItems(countries.all());
        country.setItemLabelGenerator(CountryOption::label);
        country.setClearButtonVisible(true);
        country.setPlaceholder("Any country");
        country.setHelperText("Resolutions concern no one country.");
        List.<HasValue<?, ?>>of(text, kinds, from, to, country).forEach(field -> field.addValueChangeListener(e -> filtersChanged()));
        Button clear = new Button("Clear filters", e -> navigate(new SearchQuery(query.text(), Set.of(), null, null, null)));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        filters.add(kinds, from, to, country, clear);
        summary.addClassName("search-summary");
        results.addClassName("search-results");
        results.setWidthFull();
        tools.forEach(tool -> filters.add(tool.create(() -> query)));
        add(new H1("Search"), text, filters, summary, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchQuery.fromQuery(event.getLocation().getQueryParameters().getParameters());
        applyingUrl = true;
        try {
            text.setValue(query.text());
            kinds.setValue(query.kinds());
            from.setValue(query.from());
            to.setValue(query.to());
            country.setValue(countries.find(query.country()).orElse(null));
        } finally {
            applyingUrl = false;
        }
        filters.setActiveCount((query.kinds().isEmpty() ? 0 : 1) + (int) java.util.stream.Stream.of(query.from(), query.to(),
                query.country()).filter(java.util.Objects::nonNull).count());
        title = (query.text().isEmpty() ? "Search" : "Search: " + query.text()) + " · Sanctions Monitor";
        show();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show() {
        results.removeAll();
        summary.setText("");
        text.setInvalid(false);
        if (query.text().isEmpty()) {
            results.add(Texts.empty("Type what to look for: a name in any spelling or script (Kim Yo Jong, 김여정), a place, "
                    + "a weapon (Shahed-136), words of a quote in its language, or a resolution (1718 OP8)."));
            return;
        }
        try {
            if (query.kinds().size() == 1) {
                showAll(query.kinds().iterator().next());
            } else {
                showGroups(search.search(query, PER_KIND));
            }
        } catch (FieldException refused) {
            text.setErrorMessage(refused.getMessage());
            text.setInvalid(true);
            summary.setText("Nothing searched.");
        }
    }

    private void showGroups(SearchResults found) {
        if (found.isEmpty()) {
            summary.setText("Nothing found.");
            results.add(Texts.empty("Try fewer words, another spelling, or remove a filter."));
            return;
        }
        summary.setText("Best matches of each kind, the best first.");
        for (SearchGroup group : found.groups()) {
            Section section = new Section();
            section.addClassNames("search-group", "group-" + group.kind().name().toLowerCase(java.util.Locale.ROOT));
            Span count = new Span(group.countText());
            count.addClassName("meta");
            section.add(new H2(group.kind().label()), count);
            group.hits().forEach(hit -> section.add(new HitCard(hit)));
            if (group.hasMore()) {
                section.add(Texts.appLink("All " + group.countText(), Pages.withQuery(Pages.SEARCH, query.withKinds(Set.of(group.kind())).toQuery())));
            }
            results.add(section);
        }
    }

    /** Every match of one kind, a page at a time. */
    private void showAll(SearchKind kind) {
        int count = search.count(query, kind);
        if (count == 0) {
            summary.setText("No " + kind.plural() + " found.");
            results.add(Texts.empty("Try fewer words, another spelling, or another kind."));
            return;
        }
        summary.setText(count >= org.sanctionsmonitor.search.SearchService.COUNT_LIMIT
                ? String.format(java.util.Locale.ENGLISH, "%,d or more %s; the first %,d can be shown.", count, kind.plural(), count)
                : kind.count(count) + ".");
        Div list = new Div();
        list.addClassName("search-group");
        Button more = new Button("Show more");
        more.addClickListener(click -> appendPage(kind, list, more, count));
        results.add(list, more);
        appendPage(kind, list, more, count);
    }

    private void appendPage(SearchKind kind, Div list, Button more, int count) {
        int shown = list.getComponentCount();
        List<SearchHit> page = search.hits(query, kind, shown, PAGE);
        page.forEach(hit -> list.add(new HitCard(hit)));
        more.setVisible(!page.isEmpty() && list.getComponentCount() < count);
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        navigate(new SearchQuery(text.getValue(), kinds.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(kinds.getValue()),
                from.getValue(), to.getValue(), country.getValue() == null ? null : country.getValue().code()));
    }

    private void navigate(SearchQuery next) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(next.toQuery()));
    }
}
