package org.sanctionsmonitor.source.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.ui.EditorView;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceService;

/** Creates ({@code /sources/new}) and edits ({@code /sources/{id}/edit}) a source. */
@Route("sources/:id(\\d+)/edit")
@RouteAlias("sources/new")
@RolesAllowed(Role.EDITOR_ROLE)
class SourceEditorView extends EditorView<SourceData> {

    final SourceForm form;
    private final SourceService sources;

    @Autowired
    SourceEditorView(SourceService sources, CountryService countries) {
        this(new SourceForm(countries.all()), sources);
    }

    private SourceEditorView(SourceForm form, SourceService sources) {
        super("source", form);
        this.form = form;
        this.sources = sources;
        add(heading, form);
    }

    @Override
    protected Optional<SourceData> load(long id) {
        return sources.edit(id);
    }

    @Override
    protected SourceData create(Map<String, List<String>> query) {
        return new SourceData();
    }

    @Override
    protected long save(SourceData data) {
        return sources.save(data);
    }

    @Override
    protected String page(long id) {
        return Pages.source(id);
    }
}
