package org.sanctionsmonitor.incident.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.ui.EditorSave;
import org.sanctionsmonitor.base.ui.RouteIds;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.SimilarIncident;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceService;

/**
 * Creates ({@code /incidents/new}) and edits ({@code /incidents/{id}/edit}) an incident. A new incident can start from
 * a source: {@code /incidents/new?source=12&quote=...} cites that source with the selected passage.
 * A failed save keeps everything typed; a concurrent save by someone else opens the conflict dialog.
 */
@Route("incidents/:id(\\d+)/edit")
@RouteAlias("incidents/new")
@RolesAllowed(Role.EDITOR_ROLE)
public class IncidentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final IncidentForm form;
    final Div similar = new Div();
    private final H1 heading = new H1();
    private final IncidentService incidents;
    private final SourceService sources;

    IncidentEditorView(IncidentService incidents, CountryService countries, ResolutionService resolutions, SourceService sources) {
        this.incidents = incidents;
        this.sources = sources;
        addClassName("editor-view");
        form = new IncidentForm(countries.all(), resolutions.provisionOptions(), sources::options);
        form.addSaveListener(e -> save(form.data()));
        form.addCancelListener(e -> leave(form.data().getId()));
        similar.addClassName("similar");
        similar.setVisible(false);
        form.title.addValueChangeListener(e -> showSimilar());
        form.dateFrom.addValueChangeListener(e -> showSimilar());
        form.dateTo.addValueChangeListener(e -> showSimilar());
        form.parties.addValueChangeListener(e -> showSimilar());
        add(heading, similar, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.longId(event, "id");
        if (id.isPresent()) {
            IncidentData data = incidents.edit(id.get()).orElse(null);
            if (data == null) {
                event.rerouteToError(NotFoundException.class, "No such incident.");
                return;
            }
            heading.setText("Edit incident");
            form.edit(data);
        } else {
            heading.setText("New incident");
            form.edit(fromSource(event.getLocation().getQueryParameters().getParameters()));
        }
        similar.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Sanctions Monitor";
    }

    /** Starts a new incident citing the source it came from, with the passage the editor selected. */
    private IncidentData fromSource(Map<String, List<String>> query) {
        IncidentData data = new IncidentData();
        List<String> source = query.getOrDefault("source", List.of());
        if (!source.isEmpty() && source.getFirst().matches("\\d+")) {
            sources.details(Long.parseLong(source.getFirst())).ifPresent(found -> {
                String quote = query.getOrDefault("quote", List.of("")).getFirst();
                data.setSources(List.of(new IncidentData.SourceData(found.id(), found.outlet() + ": " + found.titleOriginal(),
                        quote.isBlank() ? null : quote, null)));
            });
        }
        return data;
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
            found.forEach(s -> {
                Div line = new Div(IncidentView.link(s.title(), s.id()), new Span(" · " + s.dateText() + " · " + s.reason()));
                similar.add(line);
            });
        }
    }

    private void save(IncidentData data) {
        EditorSave.save(data, incidents::save, form.errors,
                id -> UI.getCurrent().navigate(IncidentView.class, new RouteParameters("id", String.valueOf(id))), form::edit);
    }

    private void leave(Long id) {
        if (id == null) {
            UI.getCurrent().navigate(IncidentListView.class);
        } else {
            UI.getCurrent().navigate(IncidentView.class, new RouteParameters("id", String.valueOf(id)));
        }
    }
}
