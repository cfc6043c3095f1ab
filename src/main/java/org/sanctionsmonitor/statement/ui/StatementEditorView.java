package org.sanctionsmonitor.statement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.editorial.ui.EditorView;
import org.sanctionsmonitor.editorial.ui.HistoryPanel;
import org.sanctionsmonitor.editorial.ui.EditorTools;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.statement.ActorService;
import org.sanctionsmonitor.statement.Statement;
import org.sanctionsmonitor.statement.StatementData;
import org.sanctionsmonitor.statement.StatementService;

/**
 * Creates ({@code /statements/new}) and edits ({@code /statements/{id}/edit}) a statement, with its workflow steps and
 * history. {@code ?incident=}, {@code ?source=} and {@code ?quote=} prefill a new statement.
 */
@Route("statements/:id(\\d+)/edit")
@RouteAlias("statements/new")
@RolesAllowed(Role.EDITOR_ROLE)
class StatementEditorView extends EditorView<StatementData> {

    final StatementForm form;
    private final Div workflow = new Div();
    private final Div history = new Div();
    private final Details historySection = new Details("History", history);
    private final StatementService statements;
    private final SourceService sources;
    private final IncidentService incidents;
    private final ReviewService review;

    @Autowired
    StatementEditorView(StatementService statements, ActorService actors, SourceService sources, IncidentService incidents,
            CountryService countries, ReviewService review) {
        this(new StatementForm(actors::find, countries.all(), sources::options, incidents::options), statements, sources,
                incidents, review);
    }

    private StatementEditorView(StatementForm form, StatementService statements, SourceService sources, IncidentService incidents,
            ReviewService review) {
        super("statement", form);
        this.form = form;
        this.statements = statements;
        this.sources = sources;
        this.incidents = incidents;
        this.review = review;
        historySection.setWidthFull();
        add(heading, workflow, form, historySection);
    }

    @Override
    protected Optional<StatementData> load(long id) {
        return statements.edit(id);
    }

    /** A new statement about an incident, or from a source with the selected passage as its quote. */
    @Override
    protected StatementData create(Map<String, List<String>> query) {
        StatementData data = new StatementData();
        number(query, "incident").flatMap(incidents::details).ifPresent(found -> {
            data.setIncidentId(found.id());
            data.setIncidentLabel(found.title());
        });
        number(query, "source").flatMap(sources::details).ifPresent(found -> {
            data.setSourceId(found.id());
            data.setSourceLabel(found.label());
            String quote = text(query, "quote");
            if (!quote.isBlank()) {
                data.setQuoteOriginal(quote);
                data.setQuoteLanguage(found.language());
            }
        });
        return data;
    }

    @Override
    protected long save(StatementData data) {
        return statements.save(data);
    }

    @Override
    protected String page(long id) {
        return Pages.statementEditor(id);
    }

    @Override
    protected void opened(Long id) {
        workflow.removeAll();
        history.removeAll();
        historySection.setVisible(id != null);
        if (id == null) {
            return;
        }
        statements.status(id).ifPresent(status -> {
            workflow.add(new EditorTools(review, Statement.TYPE, id, status, statements.pendingChanges(id),
                    () -> UI.getCurrent().refreshCurrentRoute(false)));
            history.add(new HistoryPanel(statements.history(id), revision -> {
                statements.restore(id, revision, status.version());
                UI.getCurrent().refreshCurrentRoute(false);
            }));
        });
    }
}
