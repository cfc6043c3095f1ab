package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.base.ui.Texts;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.ui.EditorView;
import org.sanctionsmonitor.incident.CategoryService;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.SimilarIncident;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceService;

/**
 * Creates ({@code /incidents/new}) and edits ({@code /incidents/{id}/edit}) an incident. A new incident can start from
 * a source: {@code /incidents/new?source=12&quote=...} cites that source with the selected passage. While a new one
 * is typed, similar existing incidents are listed.
 */
@Route("incidents/:id(\\d+)/edit")
@RouteAlias("incidents/new")
@RolesAllowed(Role.EDITOR_ROLE)
class IncidentEditorView extends EditorView<IncidentData> {

    final IncidentForm form;
    final Div similar = new Div();
    private final IncidentService incidents;
    private final SourceService sources;

    @Autowired
    IncidentEditorView(IncidentService incidents, CountryService countries, CategoryService categories, ResolutionService resolutions,
            SourceService sources) {
        this(new IncidentForm(countries.all(), categories.all(), resolutions.provisionOptions(), sources::options), incidents, sources);
    }

    private IncidentEditorView(IncidentForm form, IncidentService incidents, SourceService sources) {
        super("incident", form);
        this.form = form;
        this.incidents = incidents;
        this.sources = sources;
        similar.addClassName("similar");
        similar.setVisible(false);
        form.title.addValueChangeListener(e -> showSimilar());
        form.dateFrom.addValueChangeListener(e -> showSimilar());
        form.dateTo.addValueChangeListener(e -> showSimilar());
        form.parties.addValueChangeListener(e -> showSimilar());
        add(heading, similar, form);
    }

    @Override
    protected Optional<IncidentData> load(long id) {
        return incidents.edit(id);
    }

    /** Starts a new incident citing the source it came from, with the passage the editor selected. */
    @Override
    protected IncidentData create(Map<String, List<String>> query) {
        IncidentData data = new IncidentData();
        number(query, "source").flatMap(sources::details).ifPresent(found -> {
            String quote = text(query, "quote");
            data.setSources(List.of(new IncidentData.SourceData(found.id(), found.label(), quote.isBlank() ? null : quote, null)));
        });
        return data;
    }

    @Override
    protected long save(IncidentData data) {
        return incidents.save(data);
    }

    @Override
    protected String page(long id) {
        return Pages.incident(id);
    }

    @Override
    protected void opened(Long id) {
        similar.setVisible(false);
    }

    private void showSimilar() {
        IncidentData data = form.data();
        if (data == null || data.getId() != null) {
            return;
        }
        List<SimilarIncident> found = incidents.similar(data);
        similar.removeAll();
        similar.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            similar.add(new Span("Possibly already recorded – check before saving:"));
            found.forEach(s -> similar.add(new Div(Texts.appLink(s.title(), Pages.incident(s.id())),
                    new Span(" · " + s.dateText() + " · " + s.reason()))));
        }
    }
}
